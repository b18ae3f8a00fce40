package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;

/** A source whose own name is in quotation marks keeps its words: they are blanked only for finding the source. */
class QuotedSourceTest {

    @Test
    void aQuotedNameInsideTheSourceSurvives() {
        Article a = new Article(Path.of("t.md"), "t", Lang.AR, "t", LocalDate.of(2018, 7, 16), "", "", List.of(), List.of(), "t", "t",
                false, List.of("وقالت قناة \"بي إف إم\" التلفزيونية إن \"الشرطة اعتقلت عشرات الأشخاص في المدينة\"."), List.of(1));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.statements()).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).doesNotContain("\u2026"));
        assertThat(b.statements()).anySatisfy(s -> assertThat(s.speaker()).contains("بي إف إم"));
    }

    @Test
    void unmaskTakesTheSameSpanFromTheOriginal() {
        String original = "قال موقع \"تويتر\" إن";
        String masked = QuoteFinder.mask(original, QuoteFinder.find(original, 1));
        String phrase = masked.substring(4, 16);
        assertThat(phrase).contains("\u2026");
        assertThat(StatementExtractor.unmask(phrase, masked, original)).isEqualTo(original.substring(4, 16));
        assertThat(StatementExtractor.unmask("no blanks", masked, original)).isEqualTo("no blanks");
    }
}
