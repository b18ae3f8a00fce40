package org.mujaz.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.Diagnostics;
import org.mujaz.site.Permalinks;

/** An article that breaks after it was published keeps its page, as it was, until it is fixed or deleted. */
class LastGoodBriefsTest {

    @TempDir
    Path site;

    static final String TALKS = "---\ntitle: محادثات بغداد\ndate: 2021-04-08\nlang: ar\nslug: talks\n---\n\n"
            + "قال الوزير إن \"المحادثات ستستأنف الأسبوع المقبل في بغداد\".\n";

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }

    private SiteBuilder.Result build(Diagnostics d) throws IOException {
        return new SiteBuilder(SiteData.load(site), false).build(d);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve("site-output").resolve(path).toFile(), "UTF-8");
    }

    private void firstBuild() throws IOException {
        write("content/talks.md", TALKS);
        Files.setLastModifiedTime(site.resolve("content/talks.md"), FileTime.from(Instant.parse("2021-04-08T09:00:00Z")));
        write("content/visit.md", "---\ntitle: A visit\ndate: 2021-04-09\nlang: en\nslug: visit\n---\n\nThe minister said \"the visit will go ahead\".\n");
        Diagnostics d = new Diagnostics();
        assertThat(build(d).briefs()).isEqualTo(2);
        assertThat(d.hasErrors()).isFalse();
    }

    @Test
    void aBrokenArticleKeepsItsPageWhileTheOthersUpdate() throws IOException {
        firstBuild();
        write("content/talks.md", TALKS.replace("date: 2021-04-08", "date: 2021-04-31").replace("بغداد\"", "أربيل\""));
        write("content/visit.md", "---\ntitle: A visit, postponed\ndate: 2021-04-09\nlang: en\nslug: visit\n---\n\nThe minister said \"the visit is postponed\".\n");

        Diagnostics d = new Diagnostics();
        SiteBuilder.Result r = build(d);

        assertThat(r.briefs()).isEqualTo(2);
        assertThat(r.kept()).isEqualTo(1);
        Path talks = site.resolve("content/talks.md");
        assertThat(d.all()).extracting(Diagnostic::toString).containsSubsequence(
                talks + ":3: error: bad date '2021-04-31' (hint: use an ISO date such as 2021-04-08 or 2021-04-08T14:20:00Z)",
                talks + ":3: warning: kept the last good brief from 2021-04-08");
        for (String tree : new String[] {"", "en/"}) {
            assertThat(page(tree + "briefs/talks/index.html").text()).contains("المحادثات ستستأنف الأسبوع المقبل في بغداد").doesNotContain("أربيل");
            assertThat(page(tree + "index.html").select("a[href$=/briefs/talks/]")).isNotEmpty();
        }
        assertThat(page("en/briefs/visit/index.html").text()).contains("the visit is postponed");
    }

    @Test
    void theKeptBriefSurvivesFurtherBuildsUntilTheArticleIsFixed() throws IOException {
        firstBuild();
        Files.write(site.resolve("content/talks.md"), new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, '\n'});
        build(new Diagnostics());
        Diagnostics d = new Diagnostics();
        SiteBuilder.Result r = build(d);
        assertThat(r.kept()).isEqualTo(1);
        assertThat(d.all()).extracting(Diagnostic::toString).anyMatch(s -> s.startsWith(site.resolve("content/talks.md") + ":2: error: "))
                .anyMatch(s -> s.equals(site.resolve("content/talks.md") + ":2: warning: kept the last good brief from 2021-04-08"));
        assertThat(page("briefs/talks/index.html").text()).contains("المحادثات ستستأنف");

        write("content/talks.md", TALKS.replace("بغداد\"", "أربيل\""));
        d = new Diagnostics();
        r = build(d);
        assertThat(r.kept()).isZero();
        assertThat(d.hasErrors()).isFalse();
        assertThat(page("briefs/talks/index.html").text()).contains("أربيل");
    }

    @Test
    void aDeletedArticleLosesItsPage() throws IOException {
        firstBuild();
        write("content/talks.md", TALKS.replace("date: 2021-04-08", "date: yesterday"));
        build(new Diagnostics());
        assertThat(site.resolve("site-output/briefs/talks/index.html")).exists();

        Files.delete(site.resolve("content/talks.md"));
        Diagnostics d = new Diagnostics();
        SiteBuilder.Result r = build(d);

        assertThat(d.hasErrors()).isFalse();
        assertThat(r.briefs()).isEqualTo(1);
        assertThat(site.resolve("site-output/briefs/talks")).doesNotExist();
        assertThat(site.resolve("site-output/en/briefs/talks")).doesNotExist();
        assertThat(Files.readString(site.resolve("site-output").resolve(Permalinks.BRIEF_STORE))).doesNotContain("talks.md");
    }

    @Test
    void aNewArticleThatIsBrokenHasNothingToKeep() throws IOException {
        firstBuild();
        write("content/new.md", "---\ntitle: x\ndate: 2021-02-30\nslug: new\n---\n\nBody.\n");
        Diagnostics d = new Diagnostics();
        SiteBuilder.Result r = build(d);
        assertThat(r.kept()).isZero();
        assertThat(d.errorCount()).isEqualTo(1);
        assertThat(site.resolve("site-output/briefs/new")).doesNotExist();
    }

    @Test
    void theStateIsHiddenInsideTheOutputAndNoPageLinksIt() throws IOException {
        firstBuild();
        Path state = site.resolve("site-output").resolve(Permalinks.BRIEF_STORE);
        assertThat(state.normalize()).startsWith(site.resolve("site-output"));
        String json = Files.readString(state);
        assertThat(json).startsWith("{\n  \"format\" : 1,\n  \"briefs\" : {\n    \"content/talks.md\" : {")
                .contains("\"sourceModified\" : \"2021-04-08\"").doesNotContain(site.toString());
        for (String f : new String[] {"sitemap.xml", "feed.xml", "en/feed.xml", "robots.txt"}) {
            assertThat(Files.readString(site.resolve("site-output").resolve(f))).as(f).doesNotContain(".mujaz");
        }
    }

    @Test
    void aDamagedStateIsAWarningAndTheBuildGoesOn() throws IOException {
        firstBuild();
        Files.writeString(site.resolve("site-output").resolve(Permalinks.BRIEF_STORE), "{\"format\": 1, \"briefs\": {\"content/talks.md\": 5}", StandardCharsets.UTF_8);
        write("content/talks.md", TALKS.replace("date: 2021-04-08", "date: 2021-04-31"));
        Diagnostics d = new Diagnostics();
        SiteBuilder.Result r = build(d);
        assertThat(r.kept()).isZero();
        assertThat(r.briefs()).isEqualTo(1);
        assertThat(d.all()).extracting(Diagnostic::toString).anyMatch(s -> s.contains("briefs.json: warning: last good briefs not used"));
    }
}
