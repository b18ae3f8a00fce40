package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/** Quote finding and attribution rules, each on a few invented sentences. */
class StatementExtractorTest {

    private static Brief ar(String... paragraphs) { return Articles.EXTRACTOR.extract(Articles.arabic(paragraphs)); }

    private static Brief en(String... paragraphs) { return Articles.EXTRACTOR.extract(Articles.english(paragraphs)); }

    @Test
    void carryOverVerbsKeepTheSpeakerAcrossParagraphs() {
        Brief b = ar("وقال وزير الخارجية سامي الحسن إن \"المفاوضات ستستمر حتى نهاية الشهر الجاري\".",
                "وأضاف: \"لن نقبل بأي شروط مسبقة من أي طرف\".",
                "ولفت إلى أن \"الوفد سيعود إلى العاصمة بعد انتهاء الجولة\".");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
                .extracting(Statement::speaker, Statement::paragraph)
                .containsExactly(tuple("سامي الحسن", 1), tuple("سامي الحسن", 2), tuple("سامي الحسن", 3));
    }

    @Test
    void roleBeforeAndAfterTheName() {
        Brief b = ar("وقال المتحدث باسم وزارة الصحة خالد العمري إن \"الوضع تحت السيطرة تماما\".",
                "وأكد ماهر سليم، مدير المستشفى الوطني، أن \"الطواقم تعمل على مدار الساعة\".");
        assertThat(b.statements()).extracting(Statement::speaker, Statement::role).contains(
                tuple("خالد العمري", "المتحدث باسم وزارة الصحة"), tuple("ماهر سليم", "مدير المستشفى الوطني"));
    }

    @Test
    void laterMentionBySurnameResolvesToTheFullName() {
        Brief b = ar("أكد الرئيس الفرنسي إيمانويل ماكرون أن \"فرنسا لن تتخلى عن حلفائها\".",
                "وقال ماكرون للصحفيين إن \"الحوار هو السبيل الوحيد للحل\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("إيمانويل ماكرون");
    }

    @Test
    void scareQuotesOfOneOrTwoWordsAreNotStatements() {
        Brief b = ar("ووصف المسؤول الاتفاق بأنه \"تاريخي\" وقال إن \"الخطوة\" مهمة.",
                "He called the plan \"very bold\" and left.");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).isEmpty();
    }

    @Test
    void anUnclosedQuoteStopsAtTheParagraphEnd() {
        Brief b = ar("وقال السفير عمر الخطيب إن \"العلاقات بين البلدين قوية ومتينة",
                "وتابعت الصحيفة نشر التقرير كاملا في عددها الأخير.");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
                .extracting(Statement::text).containsExactly("العلاقات بين البلدين قوية ومتينة");
    }

    @Test
    void missingSpacesAroundMarksAreHandled() {
        Brief b = ar("وقال الوزير سعيد ناصر إن\"الاتفاق سيوقع قريبا جدا\"وفق مصادر.");
        assertThat(b.statements()).extracting(Statement::text).contains("الاتفاق سيوقع قريبا جدا");
    }

    @Test
    void aSpeechActSplitByAttributionGivesOneStatementPerPiece() {
        Brief b = en("Tony Blair, the prime minister, spoke in London.",
                "\"We will not back down on this,\" Mr Blair said. \"The country needs these reforms now.\"");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
                .extracting(Statement::speaker, Statement::text).containsExactly(
                        tuple("Tony Blair", "We will not back down on this,"),
                        tuple("Tony Blair", "The country needs these reforms now."));
    }

    @Test
    void englishTitleAndSurnameResolveToTheFullName() {
        Brief b = en("Tony Blair has defended the plan.",
                "Mr Blair said: \"This is the right thing to do for the country.\"",
                "\"We must act,\" he added.");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
                .extracting(Statement::speaker).containsExactly("Tony Blair", "Tony Blair");
    }

    @Test
    void relayedSpeechNamesTheQuotedSource() {
        Brief b = ar("ونقلت وكالة الأنباء الرسمية عن وزير الداخلية فهد السالم قوله إن \"الأمن مستتب في كل المناطق\".");
        assertThat(b.statements()).extracting(Statement::speaker).contains("فهد السالم");
    }

    @Test
    void indirectSpeechIsReportedWithItsSpeaker() {
        Brief b = en("The chancellor, Gordon Brown, said that the economy would grow faster than expected this year.");
        assertThat(b.statements()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
            assertThat(s.speaker()).isEqualTo("Gordon Brown");
            assertThat(s.text()).startsWith("the economy would grow");
        });
    }

    @Test
    void aQuoteWithNoSpeakerBecomesAWarning() {
        Brief b = ar("انتهى الاجتماع في ساعة متأخرة من الليل.", "\"هذه الكلمات بلا قائل معروف في النص\" كتب على اللافتة.");
        assertThat(b.warnings()).anySatisfy(w -> assertThat(w.message()).contains("quote with no speaker"));
    }
}
