package org.mujaz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, stdout and stderr. */
class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MujazCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        for (String[] args : new String[][] {{"--version"}, {"build", "--version"}, {"extract", "--version"}}) {
            Run r = run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("mujaz ");
        }
        for (String[] args : new String[][] {{"--help"}, {"build", "--help"}, {"extract", "--help"}}) {
            Run r = run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: mujaz");
        }
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("publish").code()).isEqualTo(2);
        Run r = run("extract", "--format", "xml", "seeds/000_ee866bc3eb3562dc.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
        assertThat(run("extract").code()).isEqualTo(2);
        Run bad = run("build", "--base-url", "javascript:alert(1)");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--base-url 'javascript:alert(1)' is not an absolute http(s) URL");
    }

    @Test
    void buildWritesTheSiteAndSaysWhere(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/a.md"), "---\ntitle: A\ndate: 2021-04-08\n---\n\nقال الوزير إن المحادثات ستستأنف.\n");
        Files.writeString(site.resolve("content/b.md"), "---\ntitle: B\ndate: 2021-04-32\n---\n\nBody.\n");
        Run r = run("build", "--source", site.toString(), "--output", tmp.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(site.resolve("content/b.md") + ":3: error: bad date '2021-04-32'");
        assertThat(r.err()).contains("briefs 1,");
        assertThat(tmp.resolve("out/index.html")).exists();
        assertThat(tmp.resolve("out/en/index.html")).exists();
    }

    @Test
    void aScheduledBuildWithABrokenArticleFailsButPublishesItsLastGoodBrief(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/a.md"), "---\ntitle: A\ndate: 2021-04-08\nslug: a\n---\n\nقال الوزير إن المحادثات ستستأنف.\n");
        assertThat(run("build", "--source", site.toString()).code()).isZero();
        Files.writeString(site.resolve("content/a.md"), "---\ntitle: A\ndate: 2021-04-08\nslug: a\ndraft: maybe\n---\n\nقال الوزير إن المحادثات ستستأنف.\n");

        Run r = run("build", "--source", site.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(site.resolve("content/a.md") + ":5: error: ").contains("briefs 1 (1 kept from an earlier build");
        assertThat(run("build", "--verbose", "--source", site.toString()).err()).contains(site.resolve("content/a.md") + ":5: warning: kept the last good brief from ");
        assertThat(site.resolve("site-output/briefs/a/index.html")).content(StandardCharsets.UTF_8).contains("المحادثات ستستأنف");
    }

    @Test
    void extractPrintsOneJsonLinePerArticle() {
        Run r = run("extract", "--format", "jsonl", "seeds/000_ee866bc3eb3562dc.txt", "content/en/politics-064.md");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"source\":\"seeds/000_ee866bc3eb3562dc.txt\",\"id\":\"000_ee866bc3eb3562dc\",\"lang\":\"ar\"");
        assertThat(lines[0]).contains("\"date\":\"2021-04-08\"");
        assertThat(lines[1]).contains("\"lang\":\"en\"");
    }

    @Test
    void brokenFrontMatterNamesFileAndLineAndTheOthersStillPrint(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.md");
        Files.writeString(bad, "---\ntitle: x\ndate: 2021-02-30\n---\n\nBody text.\n");
        Run r = run("extract", "--format", "jsonl", bad.toString(), "seeds/000_ee866bc3eb3562dc.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":3: error: bad date '2021-02-30'");
        assertThat(r.err()).doesNotContain("at org.mujaz"); // no stack trace without --verbose
        assertThat(r.out().strip().split("\n")).hasSize(1);
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Run r = run("extract", "no/such/file.md");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no/such/file.md: error: cannot read");
    }
}
