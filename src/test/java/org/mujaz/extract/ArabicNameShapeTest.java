package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Person;

/** Words that cannot be part of a person's name, whatever role stands before them. */
class ArabicNameShapeTest {

    @Test
    void nounsInTaMarbutaPossessivesAndPastVerbsAreNotNames() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال رئيس شعبة المستوردين إن الشركات تدرس زيادة أسعارها قريبا.",
                "وكانت المتحدثة نادين مراد ركزت على مصير المختطفين في حديثها.",
                "ونشر السفير السعودي صورا لعمليات الإغاثة على حسابه.",
                "وقالت فاطمة الزهراني إن البرنامج يحتاج إلى دعم أكبر."));
        assertThat(b.persons()).extracting(Person::name).containsExactlyInAnyOrder("نادين مراد", "فاطمة الزهراني");
    }

    @Test
    void wordsRunOnAfterANameBelongToTheSentence() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الرئيس البرازيلي لويس سيلفا إن الحكومة ستدعم المزارعين.",
                "وجاء إعلان الرئيس لويس سيلفا الانسحاب من الاتفاق بعد أسابيع من الجدل.",
                "وحقق سيلفا فوزًا ساحقًا في الجولة الثانية، وتوجه سيلفا وأعضاء حزبه إلى العاصمة.",
                "وقال وزير خارجيتها عادل الجبير إن المملكة ترحب بالمبادرة.",
                "وتضاءلت فرصة تقدم عبد الله غول في السباق."));
        assertThat(b.persons()).extracting(Person::name)
                .containsExactlyInAnyOrder("لويس سيلفا", "عادل الجبير", "عبد الله غول");
    }

    @Test
    void aNameShapedSourceQuotedTwiceIsAPerson() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وتقول سلمى باعقيل إن \"الحياة تتغير بسرعة في المدينة\".",
                "وتضيف باعقيل أن \"النساء يطلبن المزيد من الحرية\".",
                "وقالت سلمى باعقيل إن المشروع سيتوسع العام المقبل."));
        assertThat(b.persons()).extracting(Person::name).contains("سلمى باعقيل");
    }

    @Test
    void aGivenNameJoinedByWaStartsASecondPerson() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "والتقى الرئيس جون بولتون وجورج سانتوس في المدينة لبحث الاتفاق."));
        assertThat(b.persons()).extracting(Person::name).contains("جون بولتون").doesNotContain("جون بولتون وجورج سانتوس");
    }

    @Test
    void theHouseOfAFamilyStaysInTheNameAndALinkWordMatchesNobody() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الشيخ خالد بن ناصر آل ثاني إن المجلس سيجتمع قريبا.",
                "وأكد الأمير فيصل بن فهد أن المملكة تدعم الحوار."));
        assertThat(b.persons()).extracting(Person::name).containsExactlyInAnyOrder("خالد بن ناصر آل ثاني", "فيصل بن فهد");
        assertThat(b.statements()).extracting(s -> s.speaker()).containsExactly("خالد بن ناصر آل ثاني", "فيصل بن فهد");
    }

    @Test
    void aWireDatelineIsNotTheFirstSentencesSubject() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "الرياض، المملكة العربية السعودية (CNN)-- وجه الوزير سامر العلي رسالة إلى النقابات، لافتا إلى أن الأزمة قد تطول أشهرا."));
        assertThat(b.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("سامر العلي"));
        assertThat(b.summary()).noneMatch(sentence -> sentence.contains("CNN"));
    }

    @Test
    void aShortForeignNameInApostionToARoleIsAPersonAtItsFirstMention() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المتحدث باسم وزارة الخارجية الصينية، لو كانغ، إن بلاده مستعدة للحوار مع جميع الأطراف."));
        assertThat(b.persons()).extracting(Person::name).containsExactly("لو كانغ");
        assertThat(b.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("لو كانغ"));
    }

    @Test
    void aForeignGivenNameTakesTheNextWordAsSurnameButNotAJoinedVerb() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأكد خوسيه باليه النائب السابق في البرلمان أن الحوار متوقف منذ أسابيع.",
                "وقال الكاردينال جان سيلو ويصبح الاتفاق نافذا بعد التوقيع."));
        assertThat(b.persons()).extracting(Person::name).contains("خوسيه باليه").doesNotContain("جان سيلو ويصبح");
        assertThat(b.statements().get(0).speaker()).isEqualTo("خوسيه باليه");
    }

    @Test
    void placesVerbalNounsJoinedPairsAndNounPhrasesAreNotNamesButNasrAllahIsOne() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وعبر المهاجرون مضيق جبل طارق وأنزلوا القوارب على الشاطئ.",
                "وقال الأمين العام لحزب الله حسن نصر الله إن الحزب لن يتراجع.",
                "وأكد حسن نصرالله أن المقاومة جاهزة.",
                "وتحدث الرئيس الأمريكي دونالد ترامب وكيم جونغ أون لساعات، وأعلن ترامب الشطر الثاني من الاتفاق.",
                "وقال وزير الداخلية اللبناني نهاد المشنوق إن التحقيق مستمر.",
                "وقال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده ملتزمة بالاتفاق."));
        assertThat(b.persons()).extracting(Person::name)
                .containsExactlyInAnyOrder("حسن نصر الله", "دونالد ترامب", "كيم جونغ أون", "نهاد المشنوق");
    }

    @Test
    void aListedNameKeepsItsConjunctionOutAndAForeignNameInApposition() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وشملت القائمة كلا من نعيم قاسم، وحسين خليل، وإبراهيم أمين السيد.",
                "ورفعت العائلة دعوى أمام المحكمة.",
                "وقال السفير الروسي لدى الأمم المتحدة، فاسيلي نيبنزيا، إن بلاده ترفض القرار."));
        assertThat(b.persons()).extracting(Person::name)
                .containsExactlyInAnyOrder("نعيم قاسم", "حسين خليل", "إبراهيم أمين السيد", "فاسيلي نيبنزيا");
    }
    @Test
    void anIndefiniteRoleTakesItsGenitiveBeforeTheName() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأقر رئيس نادي برشلونة جوسيب بارتوميو أنه فوجئ بقرار المدرب.",
                "وقال رئيس ريال مدريد فلورنتينو بيريز إن النادي سيبحث عن بديل.",
                "وقال مدرب إشبيلية خواكين كاباروس إن الفريق جاهز للمباراة.",
                "ويقول الباحث في معهد لوي الأسترالي إن الوضع في شبه الجزيرة معقد للغاية."));
        assertThat(b.persons()).extracting(Person::name)
                .containsExactlyInAnyOrder("جوسيب بارتوميو", "فلورنتينو بيريز", "خواكين كاباروس");
        assertThat(b.persons()).filteredOn(p -> p.name().equals("فلورنتينو بيريز")).extracting(Person::role)
                .containsExactly("رئيس ريال مدريد");
        assertThat(b.statements()).extracting(s -> s.speaker())
                .containsExactly("جوسيب بارتوميو", "فلورنتينو بيريز", "خواكين كاباروس", "الباحث");
    }

    @Test
    void aRoleInTheAccusativeAndTheTeamAreNotNames() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وتم تعيين زين الدين زيدان مدربا لزملاء كريستيانو رونالدو عام 2016.",
                "وقال المدرب إن الفريق مستعد للمباراة."));
        assertThat(b.persons()).extracting(Person::name).containsExactlyInAnyOrder("زين الدين زيدان", "كريستيانو رونالدو");
    }
    @Test
    void aKunyaTakesOneNameAndATitleIsNotFollowedByAVerbAdverbOrPossessiveNoun() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "ويواجه أبو خليل تهما خطيرة أمام المحكمة.",
                "وقال المحامي إن الرئيس أراد القيام بذلك بطريقة قانونية.",
                "وكان أول رئيس منتخب ديمقراطيا تولى الحكم في البلاد.",
                "وأنكر الوزير علمه بدفع الأموال، وتحدثت الصحيفة عن دفع أموال نظير عدم نشر الصور.",
                "وأطلقت القوات صواريخ أرض- جو ضدنا ولذلك ردت الطائرات.",
                "وكان الرئيس متزوجا من ميلانيا ويعمل مقدما في برنامج تلفزيوني."));
        assertThat(b.persons()).extracting(Person::name).containsExactly("أبو خليل");  // a lone given name is not enough
    }

    @Test
    void listedGivenNamesWithAHamzaOnTheirAlifAreNotDefiniteNouns() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال وزير التجارة ألفريد ماركس يوم الخميس إن الرسوم مؤقتة وستراجع قريبا.",
                "وتتصبب جبهته عرقا بعد أن أصابه اليأس من الحل."));
        assertThat(b.persons()).extracting(Person::name).containsExactly("ألفريد ماركس");
    }
    @Test
    void verbsAfterANamePlacesAndRelativeClausesAreNotNamesButAKinsmansNameIs() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وكان عباس أدخل المستشفى الأسبوع الماضي، وعاد عباس ودخل المستشفى أمس.",
                "وقالت النقابات التي رفعت الدعوى إن القرار ظالم. كما رفعت الحكومة أسعار الكهرباء.",
                "ووصل الوفد إلى مطار سان دييغو بولاية كاليفورنيا أمس.",
                "وتم إعطاء ساعته لأرملته نادية في حفل رسمي.",
                "وقال رئيس منظمة الطاقة الذرية علي أكبر صالحي إن بلاده ستزيد التخصيب."));
        assertThat(b.persons()).extracting(Person::name).containsExactlyInAnyOrder("نادية", "علي أكبر صالحي");
    }
    @Test
    void aSurnameInLamAfterAForeignGivenNameAndCommonWordsInBaAreNotMisread() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال وزير الدفاع أفيغدور ليبرمان إن بلاده سترد بأي صواريخ تطلق عليها بغض النظر عن مصدرها."));
        assertThat(b.persons()).extracting(Person::name).containsExactly("أفيغدور ليبرمان");
        assertThat(b.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("أفيغدور ليبرمان"));
    }
}
