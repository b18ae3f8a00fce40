package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;
import org.mujaz.model.Statement;

/** «صرحت لمجلة …»: the medium spoken to is never the source; «وكانت X قد صرحت» puts the source before the verb. */
class ArabicAddresseeTest {

    private static Brief extract(String... paragraphs) {
        Article a = new Article(Path.of("t.md"), "t", Lang.AR, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of(paragraphs), java.util.stream.IntStream.range(0, paragraphs.length).map(i -> 1 + 2 * i).boxed().toList());
        return new BriefExtractor(List.of(), List.of()).extract(a);
    }

    @Test
    void theSourceBetweenKanaAndQadSpeaksNotTheMagazine() {
        Brief b = extract("فازت باللقب في ذلك العام سلمى الرفاعي من حلب. وكانت الرفاعي قد صرحت لمجلة الأسبوع الأدبي في عام 2014 قائلةً: \"أعرف أن المسابقات لا تروق للجميع لكنها فتحت لي أبوابا كثيرة\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsExactly("سلمى الرفاعي");
    }

    @Test
    void aVerbWithOnlyAnAddresseeCarriesThePreviousSource() {
        Brief b = extract("وقال وزير المالية خالد العمري إن \"الميزانية الجديدة تحمي الإنفاق على التعليم والصحة\".",
                "وأضاف للصحفيين إن \"الحكومة لن ترفع الضرائب هذا العام على الإطلاق\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("خالد العمري");
        assertThat(b.statements()).extracting(Statement::speaker).doesNotContain("للصحفيين");
    }
}
