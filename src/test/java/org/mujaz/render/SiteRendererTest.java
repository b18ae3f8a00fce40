package org.mujaz.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mujaz.config.SiteConfig;
import org.mujaz.site.Permalinks;
import org.mujaz.site.SiteIndex;

class SiteRendererTest {

    static final SiteConfig CONFIG = SiteConfig.defaults(Path.of("site")).withBaseUrl("https://example.org/");
    static Map<String, byte[]> site;
    static Permalinks links;

    @BeforeAll
    static void render() throws Exception {
        site = renderFixture();
        links = new Permalinks(CONFIG.languages(), CONFIG.baseUrl());
    }

    static Map<String, byte[]> renderFixture() throws Exception {
        SiteIndex index = SiteIndex.of(FixtureSite.briefs(), FixtureSite.taxonomy(), FixtureSite.gazetteer());
        Map<String, byte[]> out = new TreeMap<>();
        new SiteRenderer(CONFIG, TemplateSource.of(null)).render(index, (path, bytes) -> {
            assertThat(out.put(path, bytes)).as("written twice: " + path).isNull();
        });
        return out;
    }

    static Document page(String path) {
        assertThat(site.keySet()).contains(path);
        return Jsoup.parse(new String(site.get(path), StandardCharsets.UTF_8), "https://example.org/" + path);
    }

    static List<String> htmlPages() {
        return site.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    @Test
    void writesEveryPageInBothTrees() {
        assertThat(site.keySet()).contains("index.html", "en/index.html", "briefs/ar-talks/index.html", "en/briefs/ar-talks/index.html",
                "briefs/etc-passwd/index.html", "briefs/kirby-talks/index.html", "topics/index.html", "topics/gaza-ceasefire/index.html",
                "people/index.html", "people/john-kirby/index.html", "en/people/john-kirby/index.html", "timeline/index.html",
                "en/timeline/index.html", "404.html", "en/404.html", "feed.xml", "en/feed.xml", "sitemap.xml", "robots.txt",
                "static/css/mujaz.css", "static/fonts/noto-naskh-arabic-arabic-400-normal.woff2");
    }

    @Test
    void htmlLangAndDirPerTree() {
        for (String path : htmlPages()) {
            Element html = page(path).selectFirst("html");
            boolean english = path.startsWith("en/");
            assertThat(html.attr("lang")).as(path).isEqualTo(english ? "en" : "ar");
            assertThat(html.attr("dir")).as(path).isEqualTo(english ? "ltr" : "rtl");
        }
    }

    @Test
    void briefPageShowsStatementsWithSpeakerRoleAndKind() {
        Document d = page("briefs/ar-talks/index.html");
        assertThat(d.select("h1").text()).isEqualTo("كيربي: المحادثات مستمرة");
        var statements = d.select("section.statements li.statement");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0).select(".speaker a").text()).isEqualTo("جون كيربي");
        assertThat(statements.get(0).select(".speaker a").attr("href")).isEqualTo("/people/john-kirby/");
        assertThat(statements.get(0).select(".role").text()).isEqualTo("المتحدث باسم مجلس الأمن القومي");
        assertThat(statements.get(0).select(".kind").text()).isEqualTo("اقتباس مباشر");
        assertThat(statements.get(1).hasClass("kind-indirect")).isTrue();
        assertThat(d.select("section.next-steps li.step")).hasSize(2);
        assertThat(d.select("section.next-steps time").first().attr("datetime")).isEqualTo("2025-03-10");
        assertThat(d.select("section.next-steps .actor").first().text()).isEqualTo("الوفد الأمريكي");
        assertThat(d.select("a.source").attr("href")).isEqualTo("https://example.com/ar/talks");
        assertThat(d.select(".tags.topics a").eachAttr("href")).containsExactly("/topics/gaza-ceasefire/", "/topics/us-policy/");
        // Arabic dates in Arabic-Indic digits
        assertThat(d.select(".brief-head time").text()).contains("٢٠٢٥").doesNotContain("2025");
    }

    @Test
    void warningsAreNotShownToReaders() {
        assertThat(new String(site.get("briefs/etc-passwd/index.html"), StandardCharsets.UTF_8)).doesNotContain("unresolved date");
    }

    @Test
    void personPageListsEveryStatementWithLinksBack() {
        Document d = page("people/john-kirby/index.html");
        var statements = d.select("li.statement");
        assertThat(statements).hasSize(3);
        assertThat(statements.eachText()).anyMatch(t -> t.contains("نريد المزيد من الشاحنات"));
        for (Element s : statements) {
            assertThat(s.select(".from a").attr("href")).startsWith("/briefs/");
            assertThat(s.select(".from time")).hasSize(1);
        }
        assertThat(d.select(".from a").eachAttr("href")).contains("/briefs/ar-talks/", "/briefs/etc-passwd/");
        assertThat(d.select(".person-head .role").text()).isEqualTo("المتحدث باسم مجلس الأمن القومي");
        Document en = page("en/people/john-kirby/index.html");
        assertThat(en.select("h1").text()).isEqualTo("John Kirby");
        assertThat(en.select(".person-head .role").text()).isEqualTo("National Security Council spokesman");
        assertThat(en.select("li.statement blockquote[lang=ar][dir=rtl]")).hasSize(3);
    }

    @Test
    void topicPageListsItsBriefs() {
        Document d = page("topics/gaza-ceasefire/index.html");
        assertThat(d.select("li.card h2 a").eachAttr("href")).containsExactly("/briefs/etc-passwd/", "/briefs/ar-talks/");
        Document en = page("en/topics/us-policy/index.html");
        assertThat(en.select("h1").text()).isEqualTo("US policy");
        assertThat(en.select("li.card h2 a").eachAttr("href")).containsExactlyInAnyOrder("/en/briefs/ar-talks/", "/en/briefs/kirby-talks/");
        // A topic without an English label falls back to its Arabic one, marked as Arabic.
        assertThat(page("en/topics/index.html").select("a[href=/en/topics/aid/]").attr("lang")).isEqualTo("ar");
    }

    @Test
    void englishTreeKeepsArabicTextInIslands() {
        Document d = page("en/briefs/ar-talks/index.html");
        assertThat(d.select("h1").attr("lang")).isEqualTo("ar");
        assertThat(d.select("h1").attr("dir")).isEqualTo("rtl");
        assertThat(d.select("blockquote[lang=ar][dir=rtl]")).hasSize(3);
        assertThat(d.select(".summary p[lang=ar][dir=rtl]")).isNotEmpty();
        assertThat(d.select("section.statements .speaker a").first().text()).isEqualTo("John Kirby");
        assertThat(d.select("section.statements .speaker a").first().hasAttr("lang")).isFalse();
        assertThat(d.select("section.statements .role").first().text()).isEqualTo("National Security Council spokesman");
        assertThat(d.select(".tags.topics a").eachText()).containsExactly("Gaza ceasefire", "US policy");
        assertThat(d.select(".brief-head time").text()).isEqualTo("March 5, 2025");
        // The Arabic tree shows the English brief with English islands.
        Document ar = page("briefs/kirby-talks/index.html");
        assertThat(ar.select("blockquote[lang=en][dir=ltr]")).hasSize(1);
    }

    @Test
    void automaticRomanisationIsMarked() {
        Document d = page("en/briefs/ar-talks/index.html");
        Element auto = d.selectFirst("section.statements span.auto-romanised");
        assertThat(auto).isNotNull();
        assertThat(auto.attr("title")).contains("Automatic romanisation");
        assertThat(auto.text()).contains("Samih Shukri").contains("(auto)");
        assertThat(page("en/people/index.html").select("span.auto-romanised")).hasSize(1);
    }

    @Test
    void briefLinksToItsTranslationOrItsOtherLanguageView() {
        Document ar = page("briefs/ar-talks/index.html");
        assertThat(ar.select(".lang-switch a").attr("href")).isEqualTo("/en/briefs/kirby-talks/");
        Document en = page("en/briefs/kirby-talks/index.html");
        assertThat(en.select(".lang-switch a").attr("href")).isEqualTo("/briefs/ar-talks/");
        Document aid = page("briefs/etc-passwd/index.html");
        assertThat(aid.select(".lang-switch a").attr("href")).isEqualTo("/en/briefs/etc-passwd/");
        assertThat(aid.select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo("/en/briefs/etc-passwd/");
    }

    @Test
    void homeListsBriefsNewestFirstUndatedLast() {
        Document d = page("index.html");
        assertThat(d.select("li.card h2 a").eachAttr("href")).containsExactly(
                "/briefs/etc-passwd/", "/briefs/ar-talks/", "/briefs/kirby-talks/", "/briefs/tqryr-script-alert-1-script/");
        assertThat(d.select("li.card .lead").first().text()).isEqualTo("دخلت شاحنات المساعدات إلى غزة.");
        assertThat(d.select("li.card").get(1).select(".lead").text()).isEqualTo("قال البيت الأبيض إن المحادثات مستمرة.");
    }

    @Test
    void timelineListsDatedStepsByDateThenUndated() {
        Document d = page("en/timeline/index.html");
        var steps = d.select("li.step");
        assertThat(steps).hasSize(6);
        // "in March" may be any day of March: after the days dated in it, not first as if on the 1st
        assertThat(steps.stream().map(s -> s.select("time").attr("datetime")).toList())
                .containsExactly("2025-03-08", "2025-03-09", "2025-03-10", "2025-03", "2026", "");
        assertThat(steps.stream().map(s -> s.select("time").text()).toList())
                .containsExactly("March 8, 2025", "March 9, 2025", "March 10, 2025", "March 2025", "2026", "");
        assertThat(steps.get(5).select(".undated").text()).isEqualTo("No date given");
    }

    @Test
    void aStepDatedOnlyByItsMonthShowsTheMonthNotTheFirst() {
        var ar = page("briefs/etc-passwd/index.html").select("section.next-steps li.step time");
        assertThat(ar.eachAttr("datetime")).containsExactly("2025-03-08", "2025-03");
        assertThat(ar.eachText()).containsExactly("٨ مارس ٢٠٢٥", "مارس ٢٠٢٥");
        assertThat(page("en/briefs/etc-passwd/index.html").select("section.next-steps li.step time").eachText())
                .containsExactly("March 8, 2025", "March 2025");
        assertThat(page("timeline/index.html").select("li.step time").eachText()).contains("مارس ٢٠٢٥", "٢٠٢٦");
    }

    @Test
    void untrustedTextIsEscapedAndUnsafeLinksDropped() {
        String html = new String(site.get("briefs/tqryr-script-alert-1-script/index.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("javascript:");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void onlyWellFormedWebUrlsBecomeSourceLinks() {
        assertThat(PageViews.webUrl("https://example.com/a?b=c")).isEqualTo("https://example.com/a?b=c");
        assertThat(PageViews.webUrl(" HTTP://example.com/ ")).isEqualTo("HTTP://example.com/");
        assertThat(PageViews.webUrl("javascript:alert(1)")).isNull();
        assertThat(PageViews.webUrl("https://exa mple.com/")).isNull();
        assertThat(PageViews.webUrl("//example.com/")).isNull();
        assertThat(PageViews.webUrl("data:text/html,x")).isNull();
        assertThat(PageViews.webUrl("")).isNull();
        assertThat(PageViews.webUrl(null)).isNull();
    }

    @Test
    void everyInternalLinkResolvesToAWrittenFile() {
        List<String> broken = new ArrayList<>();
        for (String path : htmlPages()) {
            for (Element e : page(path).select("a[href], link[href]")) {
                String href = e.attr("href");
                if (href.startsWith("https://example.org/")) href = href.substring("https://example.org".length());
                if (!href.startsWith("/")) continue;
                if (!site.containsKey(links.outputPath(href))) broken.add(path + " -> " + href);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void noMissingMessages() {
        for (String path : htmlPages()) {
            assertThat(new String(site.get(path), StandardCharsets.UTF_8)).as(path).doesNotContain("??");
        }
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        Map<String, List<String>> errors = new TreeMap<>();
        for (String path : htmlPages()) {
            List<String> e = NuHtmlChecker.errors(site.get(path));
            if (!e.isEmpty()) errors.put(path, e);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void feedsAndSitemapAreWellFormedXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String path : List.of("feed.xml", "en/feed.xml", "sitemap.xml")) {
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.get(path)));
            assertThat(doc.getDocumentElement().getAttribute("xmlns:th")).as(path).isEmpty();
        }
        String sitemap = new String(site.get("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<loc>https://example.org/en/briefs/ar-talks/</loc>").doesNotContain("404")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/briefs/kirby-talks/\"/>");
        String feed = new String(site.get("en/feed.xml"), StandardCharsets.UTF_8);
        assertThat(feed).contains("xml:lang=\"ar\"").contains("المساعدات تدخل غزة").contains("تقرير &lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("\u0001");
        assertThat(feed).contains("<updated>2025-03-07T00:00:00Z</updated>").contains("https://example.org/en/briefs/ar-talks/");
        assertThat(new String(site.get("robots.txt"), StandardCharsets.UTF_8)).contains("Sitemap: https://example.org/sitemap.xml");
    }

    @Test
    void pagesRenderedInParallelEqualTheSequentialBuild() {
        SiteIndex index = SiteIndex.of(FixtureSite.briefs(), FixtureSite.taxonomy(), FixtureSite.gazetteer());
        SiteRenderer renderer = new SiteRenderer(CONFIG, TemplateSource.of(null));
        List<Map.Entry<String, byte[]>> pages = CONFIG.languages().parallelStream()
                .flatMap(lang -> index.pages().parallelStream()
                        .map(p -> Map.entry(renderer.outputPath(p, lang), renderer.renderPage(index, p, lang))))
                .toList();
        assertThat(pages).hasSize(index.pages().size() * CONFIG.languages().size());
        for (var e : pages) assertThat(e.getValue()).as(e.getKey()).isEqualTo(site.get(e.getKey()));
    }

    @Test
    void missingSiteTitleFallsBackToTheBundle() throws Exception {
        SiteConfig noTitles = new SiteConfig(CONFIG.root(), Map.of(), CONFIG.baseUrl(), CONFIG.languages(), CONFIG.contentDir(),
                CONFIG.seedsDir(), CONFIG.templatesDir(), CONFIG.outputDir());
        SiteIndex index = SiteIndex.of(FixtureSite.briefs(), FixtureSite.taxonomy(), FixtureSite.gazetteer());
        byte[] home = new SiteRenderer(noTitles, TemplateSource.of(null)).renderPage(index, org.mujaz.site.PageKey.of(org.mujaz.site.PageKind.HOME), org.mujaz.model.Lang.EN);
        assertThat(Jsoup.parse(new String(home, StandardCharsets.UTF_8)).title()).isEqualTo("Mujaz");
    }

    @Test
    void titlesCombinePageAndSite() {
        assertThat(page("en/people/index.html").title()).isEqualTo("People — Mujaz");
        assertThat(page("index.html").title()).isEqualTo("موجز");
    }

    @Test
    void renderingIsDeterministic() throws Exception {
        Map<String, byte[]> again = renderFixture();
        assertThat(again.keySet()).isEqualTo(site.keySet());
        for (String path : site.keySet()) assertThat(again.get(path)).as(path).isEqualTo(site.get(path));
    }
}
