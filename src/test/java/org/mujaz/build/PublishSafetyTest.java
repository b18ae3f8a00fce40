package org.mujaz.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.Diagnostics;

/** A failed or misdirected build never damages what is already published, nor anything else. */
class PublishSafetyTest {

    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/a.md"), "---\ntitle: أ\ndate: 2021-04-08\nlang: ar\n---\n\nقال الوزير إن \"المحادثات ستستأنف الأسبوع المقبل في بغداد\".\n");
        Files.writeString(site.resolve("content/b.md"), "---\ntitle: B\ndate: 2021-04-09\nlang: en\n---\n\nThe minister said \"talks will resume next week in Baghdad\".\n");
        return site;
    }

    @Test
    void aBrokenTemplateLeavesThePreviousSiteAsItWas() throws IOException {
        Path site = site();
        new SiteBuilder(SiteData.load(site), false).build(new Diagnostics());
        Path home = site.resolve("site-output/index.html");
        byte[] before = Files.readAllBytes(home);

        Files.createDirectories(site.resolve("templates/html"));
        Files.writeString(site.resolve("templates/html/brief.html"), "<html th:text=\"${this.does.not.exist()}\"></html>");
        Files.writeString(site.resolve("content/c.md"), "---\ntitle: C\ndate: 2021-04-10\n---\n\nA new article.\n");
        assertThatThrownBy(() -> new SiteBuilder(SiteData.load(site), false).build(new Diagnostics())).isInstanceOf(RuntimeException.class);

        assertThat(Files.readAllBytes(home)).isEqualTo(before);
        try (var s = Files.list(site)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "templates", "site-output");
        }
    }

    @Test
    void aBadArticleIsReportedAndTheOthersArePublished() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("content/bad.md"), "---\ntitle: x\ndate: 2021-04-31\n---\n\nBody.\n");
        Diagnostics d = new Diagnostics();
        SiteBuilder.Result r = new SiteBuilder(SiteData.load(site), false).build(d);
        assertThat(r.briefs()).isEqualTo(2);
        assertThat(d.all()).anySatisfy(x -> assertThat(x.toString()).startsWith(site.resolve("content/bad.md") + ":3: error: bad date"));
    }

    @Test
    void refusesToReplaceAFolderMujazDidNotWrite() throws IOException {
        Path site = site();
        Path precious = tmp.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "years of work");
        assertThatThrownBy(() -> new SiteBuilder(SiteData.load(site).withOutputDir(precious), false).build(new Diagnostics()))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("not empty and was not written by Mujaz");
        assertThatThrownBy(() -> new SiteBuilder(SiteData.load(site).withOutputDir(site), false).build(new Diagnostics()))
                .hasMessageContaining("contains the site's sources");
        assertThat(precious.resolve("thesis.txt")).hasContent("years of work");
    }
}
