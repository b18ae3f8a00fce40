package org.mujaz.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.Diagnostic;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.BriefWarning;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.Lang;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;
import org.mujaz.model.Topic;

/** The stored briefs read back as the briefs that were stored, wherever the site folder is now. */
class BriefStoreTest {

    @TempDir
    Path tmp;

    static Brief brief(Path source) {
        Article a = new Article(source, "talks", Lang.AR, "محادثات", LocalDate.of(2021, 4, 8), "الشرق", "https://example.com/a",
                List.of("security"), List.of("جون كيربي"), "talks", null, false, List.of("قال كيربي إن المحادثات ستستمر.", "فقرة ثانية."),
                List.of(6, 8));
        return new Brief(a, List.of("قال كيربي إن المحادثات ستستمر."),
                List.of(new Statement("جون كيربي", "المتحدث", "المحادثات ستستمر", StatementKind.INDIRECT, 1)),
                List.of(new NextStep("قمة في مارس", "الوزراء", LocalDate.of(2022, 3, 1), DatePrecision.MONTH, "في مارس", 2),
                        new NextStep("لقاء غدا", "", LocalDate.of(2021, 4, 9), "غدا", 2), new NextStep("زيارة", "", null, "", 2)),
                List.of(new Person("جون كيربي", "John Kirby", false, "المتحدث")), List.of("البنتاغون"),
                List.of(new Topic("security", "الأمن", "Security", List.of("أمن"), List.of())), List.of(new BriefWarning(2, "unresolved")));
    }

    @Test
    void aStoredBriefReadsBackEqualWithItsSourceInTheSiteFolderReadingIt() throws IOException {
        Path file = tmp.resolve("briefs.json");
        Files.write(file, BriefStore.encode(Map.of("content/talks.md", new BriefStore.Stored(brief(Path.of("/old/site/content/talks.md")), LocalDate.of(2021, 4, 8)))));
        List<Diagnostic> warnings = new ArrayList<>();

        var read = BriefStore.read(file, Path.of("/new/site"), warnings::add);

        assertThat(warnings).isEmpty();
        assertThat(read).containsOnlyKeys("content/talks.md");
        assertThat(read.get("content/talks.md").brief()).isEqualTo(brief(Path.of("/new/site/content/talks.md")));
        assertThat(read.get("content/talks.md").sourceModified()).isEqualTo(LocalDate.of(2021, 4, 8));
        assertThat(Files.readString(file)).doesNotContain("/old/site");
    }

    @Test
    void aStepStoredBeforePrecisionsReadsAsADay() throws IOException {
        Path file = tmp.resolve("briefs.json");
        String json = new String(BriefStore.encode(Map.of("a.md", new BriefStore.Stored(brief(Path.of("a.md")), LocalDate.of(2021, 4, 8)))),
                StandardCharsets.UTF_8).replace("\"precision\" : \"MONTH\",", "");
        Files.writeString(file, json);
        var steps = BriefStore.read(file, tmp, d -> { }).get("a.md").brief().nextSteps();
        assertThat(steps).extracting(NextStep::precision).containsExactly(DatePrecision.DAY, DatePrecision.DAY, null);
    }

    @Test
    void noFileIsAFirstBuildAndAnotherFormatIsAWarning() throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        assertThat(BriefStore.read(tmp.resolve("none.json"), tmp, warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
        Files.writeString(tmp.resolve("v9.json"), "{\"format\": 9, \"briefs\": {}}");
        assertThat(BriefStore.read(tmp.resolve("v9.json"), tmp, warnings::add)).isEmpty();
        assertThat(warnings).singleElement().extracting(Diagnostic::toString).asString()
                .isEqualTo(tmp.resolve("v9.json") + ": warning: last good briefs not used: it is not in format 1; a broken article loses its page in this build");
    }
}
