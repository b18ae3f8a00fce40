package org.mujaz.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mujaz.site.SiteIndex;

class TemplateSourceTest {

    static Path siteTemplates() throws URISyntaxException {
        return Path.of(TemplateSourceTest.class.getResource("/render/site-templates").toURI());
    }

    @Test
    void builtInSetIsOnTheClasspath() throws Exception {
        TemplateSource s = TemplateSource.of(null);
        assertThat(s.text("html/brief.html")).contains("th:");
        assertThat(s.staticFiles()).contains("css/mujaz.css", "fonts/noto-naskh-arabic-arabic-400-normal.woff2");
        assertThat(s.read("html/missing.html")).isEmpty();
    }

    @Test
    void siteFilesOverrideFileByFileAndAddStaticFiles() throws Exception {
        TemplateSource s = TemplateSource.of(siteTemplates());
        assertThat(s.text("html/404.html")).contains("custom-404");
        assertThat(s.text("html/brief.html")).isEqualTo(TemplateSource.of(null).text("html/brief.html"));
        assertThat(s.staticFiles()).contains("img/logo.gif", "css/mujaz.css");
    }

    @Test
    void pathsCannotLeaveTheTemplateFolders() {
        TemplateSource s = TemplateSource.of(null);
        for (String bad : new String[] {"../pom.xml", "/etc/passwd", "html/../../x", ""}) {
            assertThatThrownBy(() -> s.read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void overridesApplyWhenRendering() throws Exception {
        SiteIndex index = SiteIndex.of(FixtureSite.briefs(), FixtureSite.taxonomy(), FixtureSite.gazetteer());
        Map<String, byte[]> out = new TreeMap<>();
        new SiteRenderer(SiteRendererTest.CONFIG, TemplateSource.of(siteTemplates())).render(index, out::put);
        // One message overridden, the rest of the bundle still built in (merged key by key).
        var home = Jsoup.parse(new String(out.get("en/index.html"), StandardCharsets.UTF_8));
        assertThat(home.select("h1").text()).isEqualTo("Today's briefs");
        assertThat(home.select(".site-nav a").first().text()).isEqualTo("Briefs");
        var notFound = Jsoup.parse(new String(out.get("404.html"), StandardCharsets.UTF_8));
        assertThat(notFound.select("h1.custom-404").text()).isEqualTo("الصفحة غير موجودة");
        assertThat(out.keySet()).contains("static/img/logo.gif");
    }
}
