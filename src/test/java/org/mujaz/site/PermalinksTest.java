package org.mujaz.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Lang;

class PermalinksTest {

    final Permalinks links = new Permalinks(List.of(Lang.AR, Lang.EN), "https://example.org/");

    @Test
    void defaultLanguageAtRootOthersUnderTheirCode() {
        assertThat(links.home(Lang.AR)).isEqualTo("/");
        assertThat(links.home(Lang.EN)).isEqualTo("/en/");
        assertThat(links.brief("gaza-talks", Lang.AR)).isEqualTo("/briefs/gaza-talks/");
        assertThat(links.brief("gaza-talks", Lang.EN)).isEqualTo("/en/briefs/gaza-talks/");
        assertThat(links.topic("aid", Lang.EN)).isEqualTo("/en/topics/aid/");
        assertThat(links.person("john-kirby", Lang.AR)).isEqualTo("/people/john-kirby/");
        assertThat(links.topicsIndex(Lang.EN)).isEqualTo("/en/topics/");
        assertThat(links.personsIndex(Lang.AR)).isEqualTo("/people/");
        assertThat(links.timeline(Lang.EN)).isEqualTo("/en/timeline/");
        assertThat(links.feed(Lang.EN)).isEqualTo("/en/feed.xml");
        assertThat(links.sitemap()).isEqualTo("/sitemap.xml");
        assertThat(links.asset("css/mujaz.css")).isEqualTo("/static/css/mujaz.css");
        assertThat(links.page(new PageKey(PageKind.PERSON, "x"), Lang.EN)).isEqualTo("/en/people/x/");
    }

    @Test
    void englishFirstPutsEnglishAtRoot() {
        Permalinks en = new Permalinks(List.of(Lang.EN, Lang.AR), "https://example.org");
        assertThat(en.home(Lang.EN)).isEqualTo("/");
        assertThat(en.home(Lang.AR)).isEqualTo("/ar/");
        assertThat(en.absolute("/ar/")).isEqualTo("https://example.org/ar/");
    }

    @Test
    void outputPaths() {
        assertThat(links.outputPath("/")).isEqualTo("index.html");
        assertThat(links.outputPath("/en/briefs/x/")).isEqualTo("en/briefs/x/index.html");
        assertThat(links.outputPath("/en/404.html")).isEqualTo("en/404.html");
        assertThat(links.outputPath("/static/css/mujaz.css")).isEqualTo("static/css/mujaz.css");
    }

    @Test
    void absoluteUrls() {
        assertThat(links.absolute("/en/briefs/x/")).isEqualTo("https://example.org/en/briefs/x/");
    }

    @Test
    void baseUrlWithAPathPrefixesEveryUrl() {
        Permalinks sub = new Permalinks(List.of(Lang.AR, Lang.EN), "https://example.org/briefing/");
        assertThat(sub.brief("x", Lang.EN)).isEqualTo("/briefing/en/briefs/x/");
        assertThat(sub.outputPath("/briefing/en/briefs/x/")).isEqualTo("en/briefs/x/index.html");
        assertThat(sub.absolute("/briefing/en/")).isEqualTo("https://example.org/briefing/en/");
    }

    @Test
    void unsafeSegmentsAreRejected() {
        for (String bad : new String[] {"../x", "..", "", "/etc/passwd", "a/b", ".hidden", "UPPER", "a b"}) {
            assertThatThrownBy(() -> links.brief(bad, Lang.AR)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> links.asset("../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.asset("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.outputPath("/briefs/../../x/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.outputPath("https://evil.example/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageKey(PageKind.BRIEF, "../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languagesNotOnTheSiteAreRejected() {
        Permalinks arOnly = new Permalinks(List.of(Lang.AR), "https://example.org/");
        assertThatThrownBy(() -> arOnly.home(Lang.EN)).isInstanceOf(IllegalArgumentException.class);
    }
}
