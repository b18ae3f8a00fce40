package org.mujaz.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.Diagnostics;

/**
 * The demo site in a real browser (Debian's headless Chromium, installed by .ci/run): direction, fonts, layout,
 * links and print. Skipped only where Chromium is absent outside CI; in CI its absence is a failure.
 */
class BrowserTest {

    @TempDir
    static Path tmp;

    static StaticSiteServer server;
    static HeadlessChromium chromium;

    static final String SEED = "/briefs/us-iraq-strategic-dialogue-round-three/";

    @BeforeAll
    static void start() throws Exception {
        if (System.getenv("CI") == null) assumeTrue(HeadlessChromium.available(), "chromium is not installed");
        new SiteBuilder(SiteData.load(Path.of(".")).withOutputDir(tmp.resolve("site")), false).build(new Diagnostics());
        server = new StaticSiteServer(tmp.resolve("site"));
        chromium = new HeadlessChromium(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) chromium.close();
        if (server != null) server.close();
    }

    @Test
    void arabicPagesLayOutRightToLeftInTheSelfHostedFont() throws Exception {
        chromium.open(server.url(SEED));
        assertThat(chromium.eval("getComputedStyle(document.body).direction").asText()).isEqualTo("rtl");
        assertThat(chromium.eval("[...document.fonts].some(f => f.status === 'loaded' && /Naskh/i.test(f.family))").asBoolean()).isTrue();
        assertThat(chromium.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).as("no sideways scrolling").isTrue();
        chromium.open(server.url("/en" + SEED));
        assertThat(chromium.eval("getComputedStyle(document.body).direction").asText()).isEqualTo("ltr");
        // The Arabic text of the brief stays right-to-left inside the English page.
        assertThat(chromium.eval("[...document.querySelectorAll('[lang=ar]')].filter(e => e !== document.documentElement)"
                + ".every(e => getComputedStyle(e).direction === 'rtl')").asBoolean()).isTrue();
    }

    @Test
    void everyLinkOnTheHomePagesAnswers() throws Exception {
        for (String home : new String[] {"/", "/en/"}) {
            chromium.open(server.url(home));
            String broken = chromium.eval("Promise.all([...document.querySelectorAll('a[href^=\"/\"], link[href^=\"/\"]')]"
                    + ".map(a => fetch(a.href || a.getAttribute('href')).then(r => r.ok ? '' : a.href))).then(x => x.filter(Boolean).join(' '))").asText();
            assertThat(broken).as("broken links on " + home).isEmpty();
        }
    }

    @Test
    void printHidesNavigationAndGivesA4Pages() throws Exception {
        chromium.open(server.url(SEED));
        chromium.emulateMedia("print");
        assertThat(chromium.eval("[...document.querySelectorAll('nav')].every(n => getComputedStyle(n).display === 'none')").asBoolean()).isTrue();
        chromium.emulateMedia("");
        String data = chromium.send("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", false)).path("data").asText();
        String pdf = new String(Base64.getDecoder().decode(data), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF");
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*]").matcher(pdf);
        assertThat(box.find()).isTrue();
        // A4 is 210 × 297 mm = 595.3 × 841.9 pt.
        assertThat(Double.parseDouble(box.group(1))).isBetween(594.0, 597.0);
        assertThat(Double.parseDouble(box.group(2))).isBetween(841.0, 843.0);
    }
}
