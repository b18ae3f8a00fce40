package org.mujaz.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.Diagnostics;

/** Drafts, base URLs and site-local templates, as a user sets them. */
class BuildOptionsTest {

    @TempDir
    Path site;

    private void article(String name, String frontMatter) throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/" + name), "---\n" + frontMatter + "---\n\nقال الوزير إن \"المحادثات ستستأنف الأسبوع المقبل في بغداد\".\n");
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() throws IOException {
        article("a.md", "title: منشور\ndate: 2021-04-08\nslug: published\n");
        article("b.md", "title: مسودة\ndate: 2021-04-09\nslug: work-in-progress\ndraft: true\n");
        new SiteBuilder(SiteData.load(site), false).build(new Diagnostics());
        assertThat(site.resolve("site-output/briefs/published/index.html")).exists();
        assertThat(site.resolve("site-output/briefs/work-in-progress")).doesNotExist();
        new SiteBuilder(SiteData.load(site), true).build(new Diagnostics());
        assertThat(site.resolve("site-output/briefs/work-in-progress/index.html")).exists();
    }

    @Test
    void baseUrlReachesFeedsAndSitemapAndSubpathLinks() throws IOException {
        article("a.md", "title: منشور\ndate: 2021-04-08\nslug: published\n");
        new SiteBuilder(SiteData.load(site).withBaseUrl("https://example.org/briefing/"), false).build(new Diagnostics());
        assertThat(Files.readString(site.resolve("site-output/sitemap.xml"))).contains("https://example.org/briefing/briefs/published/");
        assertThat(Files.readString(site.resolve("site-output/index.html"))).contains("href=\"/briefing/briefs/published/\"");
    }

    @Test
    void aSiteTemplateOverridesOneFileAndKeepsTheRest() throws IOException {
        article("a.md", "title: منشور\ndate: 2021-04-08\nslug: published\n");
        Files.createDirectories(site.resolve("templates/i18n"));
        Files.writeString(site.resolve("templates/i18n/messages_en.properties"), "nav.timeline=What comes next\n");
        new SiteBuilder(SiteData.load(site), false).build(new Diagnostics());
        assertThat(Files.readString(site.resolve("site-output/en/briefs/published/index.html"))).contains("What comes next").contains(">Topics<");
        assertThat(Files.readString(site.resolve("site-output/briefs/published/index.html"))).contains("dir=\"rtl\"");
    }
}
