package org.mujaz.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StylesheetTest {

    static String css() throws Exception {
        return new String(TemplateSource.of(null).read("static/css/mujaz.css").orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void passesTheNuCssChecker() throws Exception {
        assertThat(NuHtmlChecker.cssErrors(TemplateSource.of(null).read("static/css/mujaz.css").orElseThrow())).isEmpty();
    }

    @Test
    void usesLogicalPropertiesOnly() throws Exception {
        // Physical sides would break one of the two directions.
        assertThat(css()).doesNotContainPattern("(margin|padding|border)-(left|right)\\b")
                .doesNotContainPattern("text-align:\\s*(left|right)")
                .doesNotContainPattern("(?m)^\\s*(left|right)\\s*:")
                .doesNotContainPattern("float:\\s*(left|right)");
    }

    @Test
    void printRules() throws Exception {
        assertThat(css()).contains("@media print", "size: A4", "break-inside: avoid", "a[href^=\"http\"]::after",
                "content: \" (\" attr(href) \")\"");
    }

    @Test
    void selfHostedArabicFont() throws Exception {
        assertThat(css()).contains("@font-face", "../fonts/noto-naskh-arabic-arabic-400-normal.woff2",
                "../fonts/noto-naskh-arabic-arabic-700-normal.woff2");
    }
}
