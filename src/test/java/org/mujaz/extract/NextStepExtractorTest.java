package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;

/** Future actions are next steps; past events are not. */
class NextStepExtractorTest {

    @Test
    void arabicFutureMarkersGiveSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وستعقد اللجنة اجتماعها الأول في العاصمة.",
                "ومن المقرر أن يصل الوفد الفني إلى المدينة خلال أيام.",
                "ويعتزم البرلمان مناقشة مشروع القانون في جلسة خاصة."));
        assertThat(b.nextSteps()).hasSize(3);
        assertThat(b.nextSteps().get(2).actor()).isEqualTo("البرلمان");
    }

    @Test
    void pastEventsAreNotSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "عقدت اللجنة اجتماعها الأول في العاصمة أمس.",
                "وكان من المقرر أن يصل الوفد الأسبوع الماضي لكنه تأخر.",
                "وناقش الوفدان سبل التعاون في مجالات عدة."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void englishFutureMarkersGiveStepsButPastTenseDoesNot() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "The bank is to cut 2,000 jobs over the next two years.",
                "The government plans to raise taxes on fuel.",
                "The company cut 500 jobs last year and closed two plants.",
                "He was due to stand in the seat at the election."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2);
        assertThat(b.nextSteps().get(0).actor()).isEqualTo("The bank");
    }

    @Test
    void forecastsOfOutcomesAndConditionalsAreNotPlans() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الخبير إن الإصلاحات الجديدة ستساعد في خفض البطالة بين الشباب.",
                "وأضاف أن نجاح الخطة سيعتمد على تعاون المصارف المحلية معها.",
                "وقال الوزير إنه في حال فشلت المفاوضات فسوف تلجأ الحكومة إلى القضاء.",
                "وتابع أن الأسعار سترتفع بنسبة كبيرة خلال الصيف.",
                "وقال المتحدث سوف يتعين على الجميع احترام القانون الجديد."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void verbsThatStartLikeNounsAreStillVerbs() {
        // سيدعو/سينقل/ستهاجم share their first letters with سيد، سينما، ستة; a foreign name ending in -وا is no verb.
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وسيدعو الرئيس البرلمان إلى جلسة طارئة.",
                "وسينقل الوفد رسالة الحكومة إلى العواصم الأوروبية.",
                "وقال القائد إن قواته ستهاجم مواقع المسلحين قرب الحدود.",
                "وكانت العصابة جزءا من شبكة سينالوا المعروفة في المكسيك."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2, 3);
    }

    @Test
    void aSecondFutureClauseAfterHaythIsItsOwnStep() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وبعد زيارة القاهرة، سيسافر الوزير إلى عمان والرياض، حيث سيبحث مع المسؤولين ملف المياه المشترك."));
        assertThat(b.nextSteps()).hasSize(2);
        assertThat(b.nextSteps().get(1).text()).startsWith("حيث سيبحث");
    }

    @Test
    void determinationAndPluralRequestsArePlansButPlaceNamesAreNotVerbs() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المحتجون إنهم مصرون على إغلاق الطريق الرئيسي حتى تلبية مطالبهم.",
                "وطلبوا من البلدية أن تعيد فتح السوق القديم قبل نهاية الشهر.",
                "ولدت الناشطة في قرية صغيرة في قضاء سنجار عام 1993.",
                "ومصر على استعداد دائم لدعم الحوار بين الأطراف."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2);
    }

    @Test
    void aStepToldInTheFirstPersonOrWithoutASubjectIsTheSpeakers() {
        Brief en = Articles.EXTRACTOR.extract(Articles.english(
                "Ms Lowe said the scheme was working well.",
                "\"We will extend the scheme to every county by 2027,\" she added."));
        assertThat(en.nextSteps()).singleElement().satisfies(s -> assertThat(s.actor()).isEqualTo("Lowe"));
        Brief ar = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الوزير سامر الأحمد إن الحكومة ملتزمة بالإصلاح.",
                "وأضاف الأحمد أنه سيقدم خطة جديدة للبرلمان الشهر المقبل."));
        assertThat(ar.nextSteps()).singleElement().satisfies(s -> assertThat(s.actor()).isEqualTo("سامر الأحمد"));
    }

    @Test
    void aDecisionInAWhenClauseIsPastAndTheDeciderStandsBeforeAVerbalNoun() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وتتذكر الأيام الأولى عندما قررت ترك العمل في المصرف.",
                "لكن الحكومة قررت الانسحاب من الاتفاق التجاري قبل نهاية العام."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> assertThat(s.actor()).isEqualTo("الحكومة"));
    }

    @Test
    void theDateOfTheSayingIsNotTheDateOfTheStep() {
        // the article date is Thursday 8 April 2021
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وصرح المتحدث أمس الأربعاء أن الوفد سيصل إلى العاصمة الأسبوع المقبل."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> assertThat(s.when()).isEqualTo(java.time.LocalDate.of(2021, 4, 15)));
    }

    @Test
    void englishHypotheticalsForecastsAndPastPlansAreNotSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "Mr Hale said a split vote would result in a hung council.",
                "The families had hoped the apology would be made in parliament.",
                "Realising his error, he wrote back, suggesting the editor would have seen the joke.",
                "It was a day she never thought would come.",
                "Ms Okoro was the aunt with whom the boy planned to stay in London.",
                "Inflation is set to stabilise next year, and prices will rise more slowly.",
                "The council said it would consult residents on the plan next month.",
                "He said it was a matter he would have to discuss with the other partners."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(7, 8);
    }

    @Test
    void aStanceInsistedOnIsNotAPlan() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت الوزارة إنها مصرة على موقفها من الاتفاق.",
                "ويرى محللون أن طهران مصممة على عدم الانخراط في نزاع مفتوح.",
                "وقال المحتجون إنهم مصرون على إغلاق الطريق حتى تلبية مطالبهم."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(3);
    }

    @Test
    void aVerbOfSayingReachesItsInnaOverLongAdverbials() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الرئيس، قبل انعقاد جلسة الأربعاء وقبيل اجتماعه مع رئيس الوزراء في نيويورك، على هامش اجتماعات الجمعية العامة إنه يعتقد أن الحل الوحيد هو التفاوض المباشر."));
        assertThat(b.statements()).anySatisfy(s -> assertThat(s.text()).contains("الحل الوحيد هو التفاوض"));
    }

    @Test
    void pastProgressiveNegatedSayingDayWordsAndRepeatsAreHandled() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت الشرطة إنها اعتقلت مسلحين كانوا يخططون لهجمات خلال الأيام القليلة المقبلة.",
                "وأوضح المتحدث أن الوزير لم يقل إن لجنة مستقلة ستجري التحقيق.",
                "يبدأ السبت وزير الخارجية خالد الأحمد جولة في المنطقة.",
                "ويبدأ السبت وزير الخارجية خالد الأحمد جولة في دول المنطقة."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> assertThat(s.actor()).contains("خالد الأحمد"));
    }

    @Test
    void englishActorsKeepTheirHeadNounAndIntendingIsAPlan() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "Maternity pay for new mothers is to rise by 1,400 pounds.",
                "The bank is intending to cut 500 jobs next year."));
        assertThat(b.nextSteps()).extracting(s -> s.actor()).containsExactly("Maternity pay for new mothers", "The bank");
    }

    @Test
    void possibilitiesAndHarmForecastsAreNotSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الخبير إن الأزمة قد تنتهي خلال الأسابيع المقبلة.",
                "وحذر من أن القرار سيلحق ضررا كبيرا بالاقتصاد."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void aDateAfterTheFutureWordIsTheDateOfThePlan() {
        // the article date is Thursday 8 April 2021; «اليوم» is that day, «السبت» after the verb is 10 April
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المتحدث اليوم إن الوفد سيصل إلى العاصمة السبت."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> assertThat(s.when()).isEqualTo(java.time.LocalDate.of(2021, 4, 10)));
    }

    @Test
    void aDecisionDatedInThePastIsNotAStepUnlessSomethingLiesAhead() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وكانت الحكومة قررت العام الماضي رفع أسعار الوقود.",
                "وقررت الحكومة الأسبوع الماضي تأجيل الانتخابات إلى الشهر المقبل."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(2);
    }

    @Test
    void aDecisionInAnEarlierYearIsPast() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وفي عام 2015، قرر الباحث توسيع نطاق الدراسة لتشمل المدن الكبرى."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void englishSchedulesAgreementsAndDefinitions() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "Earlier this week, Microsoft said it would release the patch in March.",
                "The second trick is to get rid of the fat.",
                "Elections are scheduled for 27 February.",
                "The two firms agreed to share the cost of the new network.",
                "MPs backed the bill after the minister agreed to change it."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 3, 4);
        assertThat(b.nextSteps().get(0).actor()).isEqualTo("Microsoft");
    }

    @Test
    void passiveAgentsVerbalNounsNounTriggersAndDatesSaidToBeAhead() {
        // the article date is Thursday 8 April 2021
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وسيتم الإعلان عن النتائج من قبل الهيئة الوطنية للانتخابات.",
                "وجاء طلب الرئيس في سلسلة من التغريدات نشرها على حسابه.",
                "ويرى خبراء أن توجيه ضربة عسكرية أمر قليل الاحتمال بقيادة الولايات المتحدة.",
                "وقال المتحدث إن الوزير سيزور المدينة الجمعة أو الثلاثاء المقبل."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 4);
        assertThat(b.nextSteps().get(0).actor()).isEqualTo("الهيئة الوطنية للانتخابات");
        assertThat(b.nextSteps().get(1).when()).isEqualTo(java.time.LocalDate.of(2021, 4, 13));
    }

    @Test
    void agreementsPledgesAndImpersonalDecisionsOnAVerbalNounArePlans() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "واتفق الجانبان على تبادل السفراء بين العاصمتين.",
                "وقد تعهدت الشركة بتعويض المتضررين من الحريق.",
                "وقال المسؤول إنه تقرر تأجيل الامتحانات إلى موعد لاحق.",
                "وخطط الحزب لتنظيم مسيرة في وسط المدينة.",
                "واتفق كثيرون على أن القرار كان خاطئا.",
                "ولا يعتزم الوزير تقديم استقالته."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2, 3, 4);
        assertThat(b.nextSteps().get(0).actor()).isEqualTo("الجانبان");
    }

    @Test
    void forecastsFramedAsBeliefOrConsequenceAndDemandsAreNotPlans() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وهذا يعني أن المسافرين سيدفعون رسوما أعلى.",
                "وتوقع المحلل أن يخفض المصرف المركزي الفائدة الشهر المقبل.",
                "ورأت الصحيفة أن الأزمة ستدفع الحكومة إلى الاستقالة.",
                "وشدد الرئيس على أن يتحمل الوزراء مسؤولية أخطائهم.",
                "وفي سياق آخر، زار الوزير المعرض أمس."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void aSurnameAfterAForeignGivenNameIsNoVerbAndTheActorEndsAtTheName() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "والتقى الوزير برئيسة الحكومة نيكولا ستيرجن في مقرها.",
                "ومن المقرر أن يزور الرئيس الأمريكي جو بايدن ألمانيا الخميس."));
        assertThat(b.nextSteps()).hasSize(1);
        assertThat(b.nextSteps().get(0).actor()).isEqualTo("جو بايدن");  // the role is on the person
    }

    @Test
    void twoDatedPlansJoinedByAndAreTwoStepsButOneActorsRunOfVerbsIsOne() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "ومن المقرر أن تنطلق المسيرة من الساحة الرئيسية السبت وسيلقي المنظمون كلمات في الحديقة العامة الأحد.",
                "وقال إن الشركة ستواصل المفاوضات مع النقابات وستتخذ قرارا نهائيا بشأن الأجور."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 1, 2);
        assertThat(b.nextSteps().get(1).actor()).isEqualTo("المنظمون");
    }

    @Test
    void aQuotedPredicateKeepsTheSubjectBeforeTheQuote() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وأضاف الوزير أن الحكومة \"ستبدأ صرف التعويضات خلال الأسبوع المقبل\"."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> assertThat(s.actor()).isEqualTo("الحكومة"));
    }

    @Test
    void englishForecastFramesAndOutcomeSubjectsAreNotPlansButActsAre() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "The fund predicted that the central bank will raise rates in the spring.",
                "I think the minister will resign before the summer, he said.",
                "Officials said the savings will help pay for new schools.",
                "The ministry said the cuts will be announced next week.",
                "The company said it will close two plants in March."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(4, 5);
    }

    @Test
    void outcomesOfAnActRisksAndNewsFramesAreNotPlans() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المحلل إن التوصل إلى اتفاق سيفتح الباب أمام استثمارات جديدة.",
                "وأكد الخبير أن الماء سيلعب دورا مهما في استقرار المنطقة.",
                "وهذا الجفاف ينذر بموجة نزوح تهدد المدن الكبرى.",
                "وغادر كثيرون البلاد واختاروا مستقبلا مجهولا في المهجر.",
                "يأتي هذا في وقت أعلنت فيه الحكومة حالة الطوارئ مساء الإثنين.",
                "واتفق الطرفان على آلية لمراقبة وقف إطلاق النار."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void threatsOfAnActAndScheduledEventsNamedByAVerbalNounArePlans() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وهدد الرئيس بالانسحاب من المعاهدة إذا لم تعدل بنودها.",
                "وقال المتحدث إن الاجتماع سيعقد في العاصمة لمناقشة الأزمة."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2);
    }

    @Test
    void englishPlansNamedByNounsDueDatesPurposesAndScheduledEventsAreSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "The minister announced proposals to raise the fees for foreign students.",
                "Further details of the scheme are due shortly, officials said.",
                "The reorganisation is aimed at saving 40m over three years.",
                "Police will run road checks - the third of which will take place on Friday.",
                "The airport is offering to buy houses near the new runway."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void englishPossibilitiesQuestionsPerceptionsFiguresAndPlacesAreNotSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "The group could unveil plans to sell its cinema chain.",
                "It remains to be seen whether the banks will lend more.",
                "The visit will be seen as a show of unity by the party.",
                "Exports would rise by 4% this year and slow to 3% next year, the report said.",
                "We are going to the High Court because the decision is wrong, she said.",
                "Parents were warned they would receive fines."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void englishReportedPlansInThePastAndExpectedSchedulesAreStepsButDeniedPlansAndAnalystsForecastsAreNot() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "The ministry said it was planning to sell the state airline.",
                "Details of the funding are expected in the New Year.",
                "The company said there are no plans to merge the two units.",
                "Analysts said the deal would give the group control of a fifth of the market.",
                "Most investors are going to be happy with the price, he added."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2);
    }

    @Test
    void arabicReadinessIsAPlanAPastFormVVerbSchedulesNothingAndAStepEndsWhereAnotherStatementBegins() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال القائد إن قواته مستعدون لضرب أي هدف يهدد المدينة.",
                "تضمن بيان رسمي للحكومة الجمعة الإعلان عن اتفاق مع النقابات.",
                "وقالت الوزيرة إنه من المتوقع إعلان العقوبات غدا الاثنين، مشيرة إلى أن العقوبات ستطال شركات كثيرة.",
                "وقال المحلل إن القمة ستشكل أساسا لاتفاق أوسع في المنطقة."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 3);
        assertThat(b.nextSteps().get(1).text()).doesNotContain("مشيرة");
    }

    @Test
    void englishActorsAreNeverAFunctionWordOrAnAmountAndHeIsThePersonLastQuoted() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "Foreign Secretary Jack Straw said Britain would help the survivors.",
                "On Friday, he will visit the beach resort of Phuket.",
                "In addition, 13.4m will come from the business support grant.",
                "But if we are to fulfil that responsibility, we will have to act, the minister said."));
        assertThat(b.nextSteps()).extracting(s -> s.actor()).doesNotContain("4m", "13.4m", "But", "the");
        assertThat(b.nextSteps()).filteredOn(s -> s.paragraph() == 2).singleElement()
                .satisfies(s -> assertThat(s.actor()).isEqualTo("Jack Straw"));
    }

    @Test
    void aScheduledEventHasNoActorEvenWhenSomeoneReportsIt() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت السفيرة نيكي هيلي إنه من المتوقع إعلان العقوبات الجديدة غدا الاثنين."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> assertThat(s.actor()).isEmpty());
    }
    @Test
    void aFirstPersonFutureIsAPledgeEvenUnderAConditionButAThirdPersonOneIsNot() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال رئيس الوزراء فؤاد السالم: \"إذا لم تتوقف الهجمات على الحدود، فإننا سنغلق المعبر أمام الشاحنات\".",
                "وقالت الناشطة ريم الخطيب: \"سأواصل الإضراب عن الطعام حتى الإفراج عن زوجي\".",
                "وقال المدرب إنه سأل اللاعبين عن رأيهم في الخطة الجديدة.",
                "وقال الخبير إنه إذا ارتفعت الأسعار فإن الحكومة ستتدخل لدعم الأسر الفقيرة.",
                "وقال المسؤول: \"سنرى ما سيحدث بعد ذلك\"."));
        assertThat(b.nextSteps()).extracting(s -> s.actor()).containsExactly("فؤاد السالم", "ريم الخطيب");
    }
    @Test
    void englishActorsSkipOpeningAdverbsAndAppositionsAndKeepJoinedNamesAndPossessors() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "Instead, it plans to focus on rail renewal work in the north.",
                "Both Labour and the Conservatives have said they also plan to raise maternity pay next year.",
                "Diageo, the world's biggest spirits company, has agreed to buy the French wine firm next month.",
                "Mr Kennedy set out the party's plans to use the money saved to fund new nurseries."));
        assertThat(b.nextSteps()).extracting(s -> s.actor())
                .containsExactly("", "Labour and the Conservatives", "Diageo", "the party");
    }
    @Test
    void consequencesPastNarrativeAndWordsThatOnlyLookLikeFutureVerbsAreNotSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وفرضت الحكومة رسوما جديدة على الواردات، مما سيدفع الأسعار إلى الارتفاع خلال الأشهر المقبلة.",
                "وستنضم أي رسوم إضافية إلى قائمة طويلة من القيود التجارية.",
                "وقال المدير إن ما حدث هو أن الطيار قرر عدم السماح للركاب بإتمام الرحلة.",
                "وتعهد الوزير ذات مرة بأنه سيستقيل إذا فشلت الخطة.",
                "وقالت الوزيرة التي ارتدت سترة بيضاء إن الوضع مستقر، وأكد سيالة أن الحدود آمنة.",
                "ويرقد المريض في المستشفى منذ الأحد الماضي في حالة حرجة.",
                "وأكدت روسيا بأنها ستسقط أي صاروخ يطلق على سوريا."));
        assertThat(b.nextSteps()).extracting(s -> s.text()).singleElement().asString().contains("ستسقط أي صاروخ");
    }
    @Test
    void englishOutcomesOfAnActNamedByAGerundOrOfPlansAreNotSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "The research says cutting the speed limit would save 40 lives a year.",
                "The Conservatives claimed the plans would amount to an extra tax on every new house.",
                "Critics said families affected by the delays would wonder why the minister was still in post.",
                "The council will publish its new budget next month."));
        assertThat(b.nextSteps()).extracting(s -> s.text()).singleElement().asString().contains("publish its new budget");
    }
    @Test
    void englishWishesCertaintiesAnyOutcomeAndPlansPushedThroughAreNotStepsButADayInTheProgressiveIs() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "Transport will certainly be a big issue at the election.",
                "Whichever way the judge rules, the losing side will appeal.",
                "We are hoping to hear the verdict in March. The union wants to see the figures first.",
                "Labour has pushed through plans to let councils charge for parking.",
                "Health secretary Jane Ford is on Monday setting out new rules for care homes."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> {
            assertThat(s.text()).contains("setting out new rules");
            assertThat(s.actor()).isEqualTo("Jane Ford");
        });
    }
    @Test
    void aPastVerbWithItsDayAndAnExpectedOutcomeAreNotSchedules() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "ونشرت صحيفة الشروق الأحد البيان الختامي للمؤتمر.",
                "ومن المتوقع أن يؤثر القرار على أسعار الخبز في الأسواق.",
                "ومن المتوقع أن يصل الوفد الفني إلى العاصمة الأحد المقبل."));
        assertThat(b.nextSteps()).extracting(s -> s.text()).singleElement().asString().contains("يصل الوفد");
    }
    @Test
    void anEventSaidToBeScheduledWithItsTimeIsAStepButNotOneThatWas() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "ويستعد الحزب للانتخابات البرلمانية المقررة في السادس من يونيو بحملة واسعة.",
                "وكانت الانتخابات المقررة في مارس قد أجلت بسبب الأزمة."));
        assertThat(b.nextSteps()).extracting(s -> s.text()).singleElement().asString().contains("السادس من يونيو");
    }
}
