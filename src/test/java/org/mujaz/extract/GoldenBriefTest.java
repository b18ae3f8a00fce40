package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mujaz.render.BriefJson;

/**
 * Whole briefs of real articles compared with reviewed golden files. Run with
 * {@code -Dmujaz.golden.update=true} to rewrite them, then review the change as a diff.
 */
class GoldenBriefTest {

    private static final Path GOLDEN = Path.of("src/test/resources/extract/golden");

    @ParameterizedTest
    @ValueSource(strings = {"000_ee866bc3eb3562dc.txt", "FR-internationalNews-1354-20180521.md",
        "BB-internationalNews-710-20180628.md", "politics-072.md", "business-215.md",
        "BB-internationalNews-1060-20180907.md", "politics-005.md"})
    void briefMatchesGoldenFile(String file) throws IOException {
        String actual = BriefJson.pretty(Articles.EXTRACTOR.extract(CorpusRunner.load(Articles.FIXTURES.resolve(file)))) + "\n";
        Path golden = GOLDEN.resolve(file.replaceAll("\\.(md|txt)$", ".json"));
        if (Boolean.getBoolean("mujaz.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (create it with -Dmujaz.golden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
