package org.mujaz.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.Diagnostics;
import org.mujaz.render.NuHtmlChecker;

/** The project's own demo site (content/ + seeds/), built whole, as a reader would get it. */
class DemoSiteTest {

    @TempDir
    static Path out;

    static SiteBuilder.Result result;

    @BeforeAll
    static void build() throws IOException {
        SiteData data = SiteData.load(Path.of(".")).withOutputDir(out.resolve("site"));
        result = new SiteBuilder(data, false).build(new Diagnostics());
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    @Test
    void buildsEveryArticleWithoutErrors() {
        assertThat(result.diagnostics().errorCount()).as(result.diagnostics().all().toString()).isZero();
        assertThat(result.briefs()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        Map<String, byte[]> files = files(out.resolve("site"));
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".html")) continue;
            pages++;
            for (String err : NuHtmlChecker.errors(e.getValue())) problems.add(e.getKey() + ":" + err);
        }
        assertThat(pages).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicAtTheRootEnglishUnderEn() throws IOException {
        Document ar = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        Document en = Jsoup.parse(out.resolve("site/en/index.html").toFile(), "UTF-8");
        assertThat(ar.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("html").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void theSeedBriefShowsKirbyWithHisRole() throws IOException {
        Document seed = Jsoup.parse(out.resolve("site/briefs/us-iraq-strategic-dialogue-round-three/index.html").toFile(), "UTF-8");
        assertThat(seed.text()).contains("جون كيربي").contains("المتحدث باسم وزارة الدفاع الأمريكية");
    }

    @Test
    void kirbysPersonPageListsHisThreeStatementsWithLinksBack() throws IOException {
        for (String tree : new String[] {"", "en/"}) {
            Document kirby = Jsoup.parse(out.resolve("site/" + tree + "people/john-kirby/index.html").toFile(), "UTF-8");
            var statements = kirby.select("li.statement");
            assertThat(statements).hasSize(3);
            assertThat(statements.select(".from a[href]").eachAttr("href")).hasSize(3)
                    .allMatch(h -> h.startsWith("/" + tree + "briefs/us-iraq-strategic-dialogue-round-three/"));
            assertThat(statements.select("blockquote, q").eachText()).anyMatch(t -> t.contains("ليس هناك تحديد دقيق"));
        }
        Document en = Jsoup.parse(out.resolve("site/en/people/john-kirby/index.html").toFile(), "UTF-8");
        assertThat(en.selectFirst("h1").text()).contains("John Kirby");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        SiteData data = SiteData.load(Path.of(".")).withOutputDir(out.resolve("again"));
        new SiteBuilder(data, false).build(new Diagnostics());
        Map<String, byte[]> a = files(out.resolve("site"));
        Map<String, byte[]> b = files(out.resolve("again"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String k : a.keySet()) assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
    }
}
