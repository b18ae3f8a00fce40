package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/** The seed article's ten direct quotes, each with the right source. */
class SeedStatementsTest {

    private final Brief brief = Articles.EXTRACTOR.extract(Articles.seed());

    @Test
    void findsTheTenDirectQuotesWithTheirSpeakers() {
        List<Statement> direct = brief.statements().stream().filter(s -> s.kind() == StatementKind.DIRECT).toList();
        assertThat(direct).extracting(Statement::speaker, Statement::paragraph).containsExactly(
                tuple("بيان عراقي أمريكي مشترك", 2),
                tuple("بيان عراقي أمريكي مشترك", 3),
                tuple("بيان عراقي أمريكي مشترك", 4),
                tuple("جون كيربي", 5),
                tuple("جون كيربي", 6),
                tuple("جون كيربي", 7),
                tuple("نيد برايس", 8),
                tuple("البلدان", 16),
                tuple("يحيى رسول", 23),
                tuple("يحيى رسول", 24));
        assertThat(direct.get(0).text()).startsWith("البلدين شددا على أن").endsWith("ضد تنظيم داعش");
    }

    @Test
    void rolesComeFromTheTextOnEitherSideOfTheName() {
        assertThat(brief.statements()).filteredOn(s -> s.speaker().equals("جون كيربي"))
                .extracting(Statement::role).containsOnly("المتحدث باسم وزارة الدفاع الأمريكية");
        assertThat(brief.statements()).filteredOn(s -> s.speaker().equals("نيد برايس"))
                .extracting(Statement::role).containsOnly("المتحدث باسم وزارة الخارجية الأمريكية");
        assertThat(brief.statements()).filteredOn(s -> s.speaker().equals("يحيى رسول"))
                .allSatisfy(s -> assertThat(s.role()).contains("اللواء").contains("الناطق باسم الكاظمي"));
    }

    @Test
    void personsAreNamedInFullWithEnglishForms() {
        assertThat(brief.persons()).extracting(p -> p.name()).containsExactly("جون كيربي", "نيد برايس", "مصطفى الكاظمي", "يحيى رسول");
        assertThat(brief.persons()).extracting(p -> p.nameEn()).contains("John Kirby", "Yahya Rasool");
    }

    @Test
    void summaryIsOriginalSentencesInArabicStartingWithTheLead() {
        assertThat(brief.summary()).hasSizeBetween(2, 4);
        assertThat(brief.summary().get(0)).startsWith("جددت الولايات المتحدة الأمريكية، أمس الأربعاء");
        assertThat(String.join(" ", brief.summary())).doesNotContain("أخبار من القسم").doesNotContain("\"");
    }

    @Test
    void plannedStepsIncludeTheIntendedTalks() {
        assertThat(brief.nextSteps()).anySatisfy(s -> {
            assertThat(s.text()).contains("وينوي البلدان مواصلة المحادثات");
            assertThat(s.actor()).isEqualTo("البلدان");
            assertThat(s.paragraph()).isEqualTo(19);
        });
    }
}
