package org.mujaz.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "/etc/passwd", "..", ".", ".hidden", "a/../../b", "C:\\Windows\\system32", "%2e%2e%2f",
            "جون كيربي", "غزة", "🔥🔥", "Hello, World!", "  --x--  ", "ÉCOLE élève", "a\u0000b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void hostileAndForeignTextGivesSafeSlugs(String raw) {
        String slug = Slugs.of(raw);
        if (!slug.isEmpty()) {
            assertThat(Slugs.isValid(slug)).as(raw + " -> " + slug).isTrue();
            assertThat(slug).doesNotContain("..").doesNotContain("/").doesNotContain("\\").doesNotStartWith(".")
                    .doesNotStartWith("-").doesNotEndWith("-");
            assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        }
    }

    @Test
    void examples() {
        assertThat(Slugs.of("../../x")).isEqualTo("x");
        assertThat(Slugs.of("/etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.of("..")).isEmpty();
        assertThat(Slugs.of("")).isEmpty();
        assertThat(Slugs.of(null)).isEmpty();
        assertThat(Slugs.of("🔥")).isEmpty();
        assertThat(Slugs.of("Hello, World!")).isEqualTo("hello-world");
        assertThat(Slugs.of("ÉCOLE élève")).isEqualTo("ecole-eleve");
        // Arabic is transliterated, not dropped.
        assertThat(Slugs.of("غزة")).matches("[a-z]+").isNotEmpty();
        assertThat(Slugs.of("جون كيربي")).matches("[a-z]+-[a-z]+");
    }

    @Test
    void fallbacksNeverGiveAnEmptySlug() {
        assertThat(Slugs.firstOf("brief", "..", "🔥", null)).isEqualTo("brief");
        assertThat(Slugs.firstOf("brief", "..", "Title")).isEqualTo("title");
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).endsWith("word");
    }

    @Test
    void uniqueSlugsAreNumberedDeterministically() {
        UniqueSlugs u = new UniqueSlugs();
        assertThat(u.claim("x")).isEqualTo("x");
        assertThat(u.claim("x")).isEqualTo("x-2");
        assertThat(u.claim("x-2")).isEqualTo("x-2-2");
        assertThat(u.claim("x")).isEqualTo("x-3");
    }
}
