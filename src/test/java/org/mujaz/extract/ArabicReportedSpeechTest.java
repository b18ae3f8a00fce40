package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/** Arabic indirect speech beyond «قال X إن …»: verbs of stance with بـ, relays that open a sentence, relative subjects. */
class ArabicReportedSpeechTest {

    private static Statement directStarting(Brief b, String start) {
        return starting(b, StatementKind.DIRECT, start);
    }

    private static Statement indirectStarting(Brief b, String start) {
        return starting(b, StatementKind.INDIRECT, start);
    }

    private static Statement starting(Brief b, StatementKind kind, String start) {
        return b.statements().stream().filter(s -> s.kind() == kind && s.text().startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind.name().toLowerCase() + " statement starting " + start + " in " + b.statements()));
    }

    @Test
    void verbsOfStanceWithBiReportTheirObject() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأقر رئيس الوزراء بخسارة حزبه ثلث المقاعد في البرلمان الجديد.",
                "والعاصمة التي تقود التحالف منذ سنوات، تتهم الجماعة بتهريب السلاح عبر الحدود."));
        assertThat(indirectStarting(b, "بخسارة حزبه").speaker()).isEqualTo("رئيس الوزراء");
        assertThat(indirectStarting(b, "بتهريب السلاح").speaker()).isEqualTo("العاصمة");
    }

    @Test
    void aRelayOpeningTheSentenceReportsTheRest() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وبحسب وكالة الأنباء الرسمية، فإن الوفدين اتفقا على استئناف الرحلات الجوية.",
                "ووفق ما جاء في \"الخطة الوطنية\"، ستبدأ أعمال الصيانة في الربيع المقبل."));
        assertThat(indirectStarting(b, "الوفدين اتفقا").speaker()).isEqualTo("وكالة الأنباء الرسمية");
        assertThat(indirectStarting(b, "ستبدأ أعمال").speaker()).isEqualTo("الخطة الوطنية");
    }

    @Test
    void quotedAgencyNamesSameSourceWhileSaysAndImpersonalExpectation() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت الشرطة إن المهاجم اعتقل بعد دقائق من الحادث.",
                "وأصيب شخصان بجروح طفيفة، بحسب المصدر نفسه.",
                "وقالت \"سانا\" إن القصف استهدف أحياء سكنية في المدينة.",
                "وتستمر الاحتجاجات في الساحة، فيما يقول الجيش إن قواته تلتزم بضبط النفس.",
                "ويتوقع أن يلقي الرئيس كلمة أمام البرلمان غدا."));
        assertThat(indirectStarting(b, "المهاجم اعتقل").speaker()).isEqualTo("الشرطة");
        assertThat(indirectStarting(b, "القصف استهدف").speaker()).isEqualTo("سانا");
        assertThat(indirectStarting(b, "قواته تلتزم").speaker()).isEqualTo("الجيش");
        assertThat(b.statements()).noneMatch(s -> s.text().contains("يلقي الرئيس"));
        assertThat(b.statements()).extracting(Statement::speaker).doesNotContain("المصدر نفسه");
    }

    @Test
    void aNameInAppositionAfterARoleIsTheSourceAndImpersonalNotesAreNobodys() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المدير العام لشبكة الأخبار، وضاح الشامي، للصحفيين: \"نعلم أن الطريق طويل أمام الصحافة الحرة\".",
                "ويشار إلى أن المدينة شهدت احتجاجات مماثلة العام الماضي.",
                "وأصيب ثلاثة أشخاص بجروح طفيفة في الحادث، وفق ما أوردته الصحيفة المحلية."));
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("نعلم")).extracting(Statement::speaker)
                .containsExactly("وضاح الشامي");
        assertThat(b.statements()).noneMatch(s -> s.text().contains("شهدت احتجاجات"));
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("وأصيب")).extracting(Statement::speaker)
                .containsExactly("الصحيفة المحلية");
    }

    @Test
    void rolesWithPlacesCountriesAsWholeSubjectsAndVerbsOfStance() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "قال السفير الأردني في فرنسا، الأمير رعد بن زيد، إن \"المملكة ترفض هذه الاتهامات جملة وتفصيلا\".",
                "واتهمت إسرائيل قوات إيرانية في سوريا بإطلاق صواريخ على الجولان.",
                "ونوهت المتحدثة باسم الوزارة إلى أن الوزير لم يناقش القضية.",
                "من جهته، انتقد البيت الأبيض الجمعة \"الأفعال المتهورة\" لطهران، محذرا من أنها \"تشكل تهديدا للسلام في المنطقة\".",
                "فقد كتب قبل يومين تغريدة قائلا \"تعدد ثقافي ضئيل جدا في البلدية\"."));
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("المملكة ترفض")).extracting(Statement::speaker)
                .containsExactly("رعد بن زيد");
        assertThat(indirectStarting(b, "بإطلاق").speaker()).isEqualTo("إسرائيل");
        assertThat(indirectStarting(b, "الوزير لم").speaker()).isEqualTo("المتحدثة باسم الوزارة");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("تشكل تهديدا")).extracting(Statement::speaker)
                .containsExactly("البيت الأبيض");
        assertThat(b.statements()).extracting(Statement::speaker).doesNotContain("فقد");
    }

    @Test
    void announcingOrDenyingAnActNamedByAVerbalNoun() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأعلن العراق قصف مواقع للتنظيم داخل الأراضي السورية.",
                "ونفت السعودية التعرض للصحفي أو قتله داخل القنصلية.",
                "وأعلنت الشرطة في بيان اعتقال ثلاثة مشتبه بهم."));
        assertThat(indirectStarting(b, "قصف مواقع").speaker()).isEqualTo("العراق");
        assertThat(indirectStarting(b, "التعرض").speaker()).isEqualTo("السعودية");
        assertThat(indirectStarting(b, "اعتقال").speaker()).isEqualTo("الشرطة");
    }

    @Test
    void hashtagsTimeWordsAddresseesInLamLamAndNarratorTails() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال وزير الداخلية #سامر_الخطيب إن الانتخابات ستجرى في موعدها.",
                "وكان الوزير قد أعلن قبيل توجهه إلى باريس أن الحكومة تدعم الخطة، وذلك خلال مؤتمر صحفي.",
                "وقال ظريف للودريان إن بلاده ملتزمة بالاتفاق.",
                "وتزعم الجماعة أن مقاتليها سيطروا على التلال."));
        assertThat(indirectStarting(b, "الانتخابات").speaker()).isEqualTo("سامر الخطيب");
        assertThat(indirectStarting(b, "الحكومة تدعم").speaker()).isNotEqualTo("قبيل توجهه");
        assertThat(indirectStarting(b, "الحكومة تدعم").text()).isEqualTo("الحكومة تدعم الخطة");
        assertThat(indirectStarting(b, "بلاده ملتزمة").speaker()).isEqualTo("ظريف");
        assertThat(indirectStarting(b, "مقاتليها").speaker()).isEqualTo("الجماعة");
    }

    @Test
    void refusingAnActReportsNothing() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic("ورفضت الحكومة تقديم أي التزامات جديدة في المفاوضات."));
        assertThat(b.statements()).isEmpty();
    }

    @Test
    void aRelativeVerbWithItsPronounIsNotPartOfTheSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقتل 12 شخصا على الأقل في الغارات، وفق حصيلة جديدة أوردها المرصد السوري مساء السبت.",
                "وقال رئيسها التنفيذي إن الشركة ستفتتح فرعا جديدا."));
        assertThat(b.statements()).extracting(Statement::speaker).contains("المرصد السوري").doesNotContain("التنفيذي");
    }

    @Test
    void raatReportsAndParticlesAreNotSources() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "ورأت الصحيفة أن الحكومة فشلت في إدارة الأزمة الاقتصادية.",
                "وقال كما هو متوقع إن المفاوضات ستستأنف قريبا."));
        assertThat(indirectStarting(b, "الحكومة فشلت").speaker()).isEqualTo("الصحيفة");
        assertThat(b.statements()).extracting(Statement::speaker).doesNotContain("كما هو متوقع", "كما");
    }

    @Test
    void theNounOfKanaIsTheSourceAndTheNounAfterTheVerbItsObject() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال وزير المالية سامر العلي إن الموازنة جاهزة.",
                "وكان رئيس البرلمان قد طالب الحكومة بتقديم الموازنة قبل نهاية الشهر.",
                "وكان مصدر حكومي، قال لوكالة الأنباء الرسمية، إن الخلاف بين الوزيرين انتهى."));
        assertThat(indirectStarting(b, "بتقديم الموازنة").speaker()).isEqualTo("رئيس البرلمان");
        assertThat(indirectStarting(b, "الخلاف بين").speaker()).isEqualTo("مصدر حكومي");
    }

    @Test
    void aParticipleOfMannerOrAQuoteAfterTheVerbIsNeverTheSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المدير التنفيذي للشركة كريم ناصر إن \"الأرباح تضاعفت خلال العام الماضي\".",
                "وأضاف متحدثا لصحيفة محلية أن \"الشركة ستفتح فروعا جديدة في الخليج\".",
                "وتابع \"نحن نعمل في أسواق كثيرة\" بما يشمل \"أسواق آسيا وأفريقيا الناشئة\".",
                "وأوضح أن المستثمرين قالوا مازحين: \"لم نعد نملك المال الكافي\"."));
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("كريم ناصر", "كريم ناصر", "كريم ناصر", "كريم ناصر", "المستثمرين");
    }

    @Test
    void documentsAStatementAppearedInAndATrailingAsSaidNameTheSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وجاء في تقرير للبنك الدولي أن النمو تراجع في معظم دول المنطقة.",
                "لكن الوزارة أصدرت بيانا جاء فيه أن \"المفاوضات ستستمر حتى التوصل إلى اتفاق\".",
                "وأغلقت السلطات المعبر الحدودي أمام الشاحنات التجارية، كما ذكرت مصادر محلية."));
        assertThat(indirectStarting(b, "النمو تراجع").speaker()).isEqualTo("تقرير");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("الوزارة"));
        assertThat(indirectStarting(b, "وأغلقت السلطات").speaker()).isEqualTo("مصادر محلية");
    }

    @Test
    void aParticipleAfterAnotherVerbSpeaksForThatVerbsSubjectAndViaIsNoVerb() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الوزير سامر العلي إن الموازنة جاهزة.",
                "ووجه الرئيس الفرنسي رسالة إلى القادة الأوروبيين، لافتا إلى أن الأزمة قد تطول أشهرا.",
                "ونقلت الوكالة عبر تغريدة على حسابها عن مصدر أمني قوله: \"الوضع تحت السيطرة الكاملة الآن\"."));
        assertThat(indirectStarting(b, "الأزمة قد تطول").speaker()).isEqualTo("الرئيس الفرنسي");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("مصدر أمني"));
    }

    @Test
    void aRelayAfterKanaGivesTheOneQuotedAndAnArabicPhraseHasItsHeadFirst() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وكانت وكالة الأنباء الرسمية قد نقلت عن المتحدث باسم الرئاسة، سامي نور قوله، إن الاتهامات \"لا أساس لها من الصحة\".",
                "وكتبت السفارة الروسية في لندن على حسابها: \"لم تصلنا أي رسالة من هذا النوع\"."));
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("سامي نور", "السفارة الروسية");
    }

    @Test
    void aParticiplesObjectIsWhomItAddressesAndAnAnaphorKeepsItsHead() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وهدد الرئيس بالانسحاب من الاتفاق، مطالبا شركاءه الأوروبيين \"بإصلاح العيوب الكبيرة في النص\".",
                "وقالت وكالة الأنباء السعودية إن الزيارة \"تاريخية والأولى من نوعها\".",
                "وأضافت الوكالة السعودية أن الوفد \"ناقش سبل مكافحة الفكر المتطرف\"."));
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("الرئيس", "وكالة الأنباء السعودية", "وكالة الأنباء السعودية");
    }

    @Test
    void aReportedClauseEndsWhereAnotherActOfSayingBegins() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وحذر الوزير من أن الأمور لن تكون سهلة على الإطلاق وقال \"التوصل إلى اتفاق يحتاج وقتا طويلا\".",
                "وقالت المفوضية إن موظفيها يتعرضون لتهديدات كثيرة كما تطالب الحكومة بحمايتهم فورا."));
        assertThat(indirectStarting(b, "الأمور لن تكون").text()).isEqualTo("الأمور لن تكون سهلة على الإطلاق");
        assertThat(indirectStarting(b, "موظفيها يتعرضون").text()).isEqualTo("موظفيها يتعرضون لتهديدات كثيرة");
    }

    @Test
    void newSourcesIntroducedByAmmaWhileDocumentsKanaAndQuotedNamesAreTaken() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الرئيس الروسي فلاديمير بوتين إن \"الحل السياسي هو الطريق الوحيد\".",
                "أما الرئيس الإيراني حسن روحاني فقال: \"إيران تؤيد الحوار بين جميع الأطراف\".",
                "ولفت المكتب الإعلامي إلى أن الاجتماع ناقش الخدمات، فيما أعلن العبادي \"إرسال لجنة وزارية رفيعة المستوى\".",
                "وجاء في البيان الختامي \"نعترف بالحاجة إلى حوار أوسع حول التجارة\".",
                "وكانت صحيفة \"شوسون إيلبو\" أوردت أن هذا الانتشار يهدف إلى حماية الحدود.",
                "وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو لم تتلق أي طلب.",
                "وعندما طلبت الوكالة منه التعليق قال \"لم نسمع شيئا عن هذا التقرير\"."));
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("فلاديمير بوتين", "حسن روحاني", "العبادي", "البيان الختامي", "دميتري بيسكوف");
        assertThat(indirectStarting(b, "هذا الانتشار").speaker()).isEqualTo("صحيفة \"شوسون إيلبو\"");
    }

    @Test
    void namesSharingAlDinAreDifferentPeople() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال رئيس الحكومة سعد الدين العثماني إن الحكومة ستدرس المطالب.",
                "وأكد رئيس الفريق نور الدين مضيان أن النقاش \"يجري تحت ضغط الشارع\"."));
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("سعد الدين العثماني", "نور الدين مضيان")
                .contains("نور الدين مضيان");
    }

    @Test
    void theOutletAddressedASecondJoinedClauseAndALinkedHeadlineAreNotSources() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت السفارة الروسية في لندن إنها سعيدة لأن المريضة بخير، وإنها تعتقد أن الرسالة كتبها شخص آخر.",
                "وقال مدرب أوروبي لبي بي سي: \"كان التدريب صعبا جدا على الجميع\".",
                "تركيا تنفي \"تسليم أي تسجيلات صوتية\" بشأن القضية",
                "وأضاف قائلا إن \"المتدربين قضوا أسبوعين في المعسكر\"."));
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("مدرب أوروبي", "مدرب أوروبي");
        assertThat(indirectStarting(b, "الرسالة كتبها").speaker()).isEqualTo("السفارة الروسية");
        assertThat(indirectStarting(b, "سعيدة لأن").text()).isEqualTo("سعيدة لأن المريضة بخير");
    }

    @Test
    void aSubjectAfterHoweverAndARequestMadeToSomeoneNameTheSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "نجت الفتاة من الحادث، غير أن الفتاة الناجية تقول إنها تريد العودة إلى بلدها قريبا.",
                "وطلبت وزارة الخارجية من المحكمة الدولية فتح \"تحقيق فوري في الجرائم المرتكبة\"."));
        assertThat(indirectStarting(b, "تريد العودة").speaker()).isEqualTo("الفتاة الناجية");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("وزارة الخارجية"));
    }

    @Test
    void whatIsDirectedAtSomeoneIsNotTheSourceAndButThatHeSaidEndsAClause() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الرئيس إنه ينتظر نتائج ثلاثة تحقيقات، إلا أنه أكد أن التقارير تشير إلى مسؤولية الحكومة.",
                "ووجهت أصابع الاتهام إلى رئيس الوزراء السابق بأنه سهل دخول المسلحين."));
        assertThat(indirectStarting(b, "ينتظر نتائج").text()).isEqualTo("ينتظر نتائج ثلاثة تحقيقات");
        assertThat(b.statements()).noneMatch(s -> s.speaker().contains("أصابع"));
    }

    @Test
    void aBareNameOpeningTheSentenceIsTheSubjectOfAVerbOfStance() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic("ترامب يطالب تركيا بتقديم تسجيلات القنصلية كاملة."));
        assertThat(indirectStarting(b, "بتقديم").speaker()).isEqualTo("ترامب");
    }
    @Test
    void aNameInBiAfterAVerbOfStanceIsNotItsComplement() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأشاد سفير بيرو خوان رامون بجهود الوساطة التي بذلتها الحكومة خلال الأشهر الماضية.",
                "وأقر المدرب يوسف بيرين الذي جلس إلى جانب اللاعبين طوال المؤتمر الصحفي في الملعب مساء الخميس أنه فوجئ بالقرار الذي اتخذته الإدارة."));
        assertThat(indirectStarting(b, "بجهود").speaker()).isEqualTo("خوان رامون");
        assertThat(indirectStarting(b, "فوجئ").speaker()).isEqualTo("يوسف بيرين");
    }

    @Test
    void anAfterAPrepositionOfTimeIsNotWhatWasSaid() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأعلن المدرب سامي الخطيب أمس استقالته من منصبه بعد أن قاد الفريق إلى اللقب."));
        assertThat(b.statements()).extracting(s -> s.text()).noneMatch(t -> t.startsWith("قاد"));
    }
    @Test
    void anAdverbOrAnObjectRightAfterTheVerbMeansTheSubjectWasDropped() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال وزير الزراعة نبيل العمري إن المحصول تحسن كثيرا هذا الموسم.",
                "وأكد مجددا وعودا سابقة للحكومة بدعم صغار المزارعين في الجنوب.",
                "وقال \"لن نستورد القمح هذا العام مهما ارتفعت الأسعار\".",
                "الوزير يدافع عن خطته ويؤكد رفضه لفكرة أن \"الزراعة عبء على الميزانية العامة\"."));
        assertThat(b.statements()).hasSize(4).extracting(s -> s.speaker()).containsOnly("نبيل العمري");  // «الوزير» is the minister named first
        assertThat(directStarting(b, "لن نستورد").speaker()).isEqualTo("نبيل العمري");
    }

    @Test
    void aParticipleOrAPronounOnLakinSpeaksForTheNamedSubjectOfItsSentence() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المتحدث باسم الوزارة سامر الخوري إن المحادثات التجارية مستمرة مع الجانبين.",
                "وفرضت أوتاوا قيودا جديدة على الواردات قائلة إن السوق المحلية تحتاج إلى حماية عاجلة.",
                "ورفضت مدريد هذه الخطوة، لكنها قالت إنها قد تفرض رسوما مماثلة على البضائع."));
        assertThat(indirectStarting(b, "السوق المحلية").speaker()).isEqualTo("أوتاوا");
        assertThat(indirectStarting(b, "قد تفرض").speaker()).isEqualTo("مدريد");
    }

    @Test
    void theLettersOfAnAcronymAreNotAComplementizer() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأكد المستشار، الذي عينه الرئيس في مارس الماضي خلفا للمستشار السابق، في مقابلة مع شبكة سي.إن.إن "
                        + "أن مهمته هي تقديم المشورة للرئيس في شؤون الأمن."));
        assertThat(b.statements()).extracting(s -> s.text()).containsExactly("مهمته هي تقديم المشورة للرئيس في شؤون الأمن");
    }
    @Test
    void aDescriptionWithAShortQuotedVerdictIsAStatementAndItsSourceGoesOn() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال مسؤولون إن فرق الإنقاذ وصلت إلى الموقع بعد ساعة من الحادث.",
                "ووصف رئيس وزراء ولاية كيرالا راجيف مينون الحادث بأنه \"مأساوي\"، قائلا في تغريدة إن السلطات \"تتحرك بسرعة كبيرة\".",
                "ووصف الرئيس إيفان كوستوف الهجوم بأنه \"مروع للغاية\".",
                "وأضاف في القصر الرئاسي \"حكومتي عازمة على حماية جميع المدارس في البلاد\"."));
        assertThat(indirectStarting(b, "الحادث بأنه").speaker()).isEqualTo("راجيف مينون");
        assertThat(indirectStarting(b, "السلطات").speaker()).isEqualTo("راجيف مينون");
        assertThat(indirectStarting(b, "الهجوم بأنه").speaker()).isEqualTo("إيفان كوستوف");
        assertThat(directStarting(b, "حكومتي").speaker()).isEqualTo("إيفان كوستوف");
        assertThat(b.persons()).extracting(p -> p.name() + " | " + p.role())
                .containsExactly("راجيف مينون | رئيس وزراء ولاية كيرالا", "إيفان كوستوف | الرئيس");
    }

    @Test
    void theNarratorsTailAfterDoonAnIsNotPartOfWhatWasSaid() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال قائد الشرطة إن ثلاثة أشخاص احتجزوا في المدينة، دون أن يكشف عن هوياتهم أو جنسياتهم."));
        assertThat(b.statements()).extracting(s -> s.text()).containsExactly("ثلاثة أشخاص احتجزوا في المدينة");
    }
    @Test
    void aVerbInARelativeClauseAVerbalNounAfterAdamAndAnObjectAfterTheSubjectNameNoSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المحامي العام إن المتهم سامي لطفي \"يملك ثروة كبيرة جدا في الخارج\".",
                "وقالت كارين ميلز، إحدى السيدات التي اتهمت سامي لطفي بعد خروجها من قاعة المحكمة :\"أشعر أن العدالة تحققت أخيرا اليوم\".",
                "وقال أحد المقربين من الرئيس طالبا عدم كشف هويته \"القرار النهائي لم يتخذ حتى هذه اللحظة\".",
                "وأدان المتحدث باسم وزارة الصحة البيان الصادر عن النقابة، قائلا إنه \"يتضمن أرقاما غير دقيقة على الإطلاق\"."));
        assertThat(directStarting(b, "أشعر").speaker()).isEqualTo("كارين ميلز");
        assertThat(directStarting(b, "القرار النهائي").speaker()).isEqualTo("أحد المقربين");
        assertThat(directStarting(b, "يتضمن").speaker()).isEqualTo("المتحدث باسم وزارة الصحة");
    }

    @Test
    void aTopicAfterAmmaAQuoteRelayedAlaLisanAndAFeminineVerbAfterASentenceAboutAWoman() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت العالمة ريم سالم (41 عاما) \"جئنا للاحتجاج على قرار ظالم للغاية\". أما صديقها المتخصص في الجراحة باسل عمران "
                        + "(45 عاما) فاعتبر أن الوزير جاء \"لأن المشروع مهم جدا بالنسبة له شخصيا\".",
                "ونقلت وكالة الأنباء الرسمية على لسان هشام درويش قوله: \"لن نسمح لأي طرف بالتدخل في شؤوننا الداخلية\".",
                "وزار الرئيس سامر يوسف المدينة أمس. وفي الجانب الآخر تظاهرت الناشطة هدى منصور، وهي معلمة في الخمسين. "
                        + "وقالت \"هذا القانون يهدد مستقبل أطفالنا جميعا\"."));
        assertThat(indirectStarting(b, "الوزير جاء").speaker()).isEqualTo("باسل عمران");
        assertThat(directStarting(b, "لن نسمح").speaker()).isEqualTo("هشام درويش");
        assertThat(directStarting(b, "هذا القانون").speaker()).isEqualTo("هدى منصور");
        assertThat(b.persons()).extracting(p -> p.name()).contains("سامر يوسف").doesNotContain("سامر يوسف المدينة");
    }
    @Test
    void insistingTellingAndAnsweringAreVerbsOfSaying() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأصر المحامي جمال رضا على أن \"القضية لم تنته بعد\".",
                "وتحكي الطالبة سلمى كريم أن الحافلة تأخرت ساعتين عن موعدها المحدد."));
        assertThat(directStarting(b, "القضية").speaker()).isEqualTo("جمال رضا");
        assertThat(indirectStarting(b, "الحافلة").speaker()).isEqualTo("سلمى كريم");
    }
    @Test
    void wordsSaidInADocumentOrOnSomeonesTongueAreThatSourcesAndABareRoleIsThePersonNamedWithIt() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأصدر الحزب بيانا قال فيه إن \"الانتخابات جرت في أجواء نزيهة وشفافة\".",
                "ونشرت صحيفة محلية تصريحات على لسان النائب رامي الحداد، قائلا إن \"البرلمان سيصوت على القانون قريبا\".",
                "ونقل موقع إخباري عن القيادي في الحزب، ماهر السعدي، تصريحات قال فيها إن \"التحالف الحاكم يواجه أزمة ثقة حقيقية\".",
                "وأكد الوزير في المقابلة مع التلفزيون أن مهمته هي تنفيذ الإصلاحات الاقتصادية.",
                "وقال وزير الخارجية التونسي منير بن سالم إن بلاده ترفض المقترح الأوروبي."));
        // a lead may name the role before the article names the person: the minister is the one named later
        assertThat(indirectStarting(b, "مهمته").speaker()).isEqualTo("منير بن سالم");
        assertThat(directStarting(b, "الانتخابات").speaker()).isEqualTo("الحزب");
        assertThat(directStarting(b, "البرلمان").speaker()).isEqualTo("رامي الحداد");
        assertThat(directStarting(b, "التحالف").speaker()).isEqualTo("ماهر السعدي");
    }
    @Test
    void aRoleAndANameSetOffByCommasBeforeTheVerbAreItsSubject() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وطالبت النقابة بزيادة الأجور في المستشفيات العامة.",
                "ولكن وزيرة الصحة، سلمى الراشد، قالت لإذاعة محلية إن المستشفيات تعمل بكامل طاقتها.",
                "وأضافت أن الحكومة تدرس مطالب الأطباء بجدية كبيرة."));
        assertThat(indirectStarting(b, "المستشفيات").speaker()).isEqualTo("سلمى الراشد");
        assertThat(indirectStarting(b, "الحكومة تدرس").speaker()).isEqualTo("سلمى الراشد");
    }
    @Test
    void aRelayBeforeARelativeClauseIsNotPartOfTheSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وتأتي الرسالة الأخرى من شخص مجهول، وفقا للمذكرة التي أشارت إلى أن \"الأب يؤكد أنه مستعد لإخراج الشرطة من القضية\"."));
        assertThat(directStarting(b, "الأب").speaker()).isEqualTo("المذكرة");
    }
    @Test
    void aPersonNamedInFullIsNotAnotherWhoSharesTheSurname() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال رئيس الوزراء السابق محمد نواز شريف إن الحكم ظالم وسيطعن فيه أمام المحكمة العليا.",
                "وقال شقيقه زعيم الحزب شهباز شريف \"نحن نرفض هذا القرار المبني على الظلم\"."));
        assertThat(directStarting(b, "نحن نرفض").speaker()).isEqualTo("شهباز شريف");
    }
    @Test
    void aRelativeVerbSpeaksForItsAntecedentAndWhatTheSubjectDescribedItAsIsTheSubjects() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأوضح المستشار أن رد فعل الرئيس دونالد ترامب الذي اعتبر جاستن ترودو \"غير صادق وضعيف\" كان مفهوما.",
                "وهنأ رئيس الوزراء الإسرائيلي بنيامين نتنياهو الموساد على ما وصفه بـ\"عملهم الحازم والشجاع الذي أعاد الساعة\"."));
        assertThat(directStarting(b, "غير صادق").speaker()).isEqualTo("دونالد ترامب");
        assertThat(directStarting(b, "عملهم").speaker()).isEqualTo("بنيامين نتنياهو");
    }
}
