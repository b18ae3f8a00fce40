package org.mujaz.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.model.Lang;

class SiteConfigLoaderTest {

    @Test
    void theDemoSiteConfigAndDataFilesLoad() {
        var data = org.mujaz.build.SiteData.load(Path.of("."));
        assertThat(data.config().defaultLang()).isEqualTo(Lang.AR);
        assertThat(data.config().languages()).containsExactly(Lang.AR, Lang.EN);
        assertThat(data.config().baseUrl()).endsWith("/");
        assertThat(data.taxonomy()).extracting(t -> t.id()).contains("iraq", "security");
        assertThat(data.gazetteer()).anySatisfy(p -> {
            assertThat(p.ar()).isEqualTo("جون كيربي");
            assertThat(p.en()).isEqualTo("John Kirby");
        });
    }

    @Test
    void unknownKeyNamesFileAndLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("mujaz.yaml"), "title: {ar: موجز, en: Mujaz}\nbaseURL: https://x.org/\n");
        assertThatThrownBy(() -> SiteConfigLoader.load(tmp))
                .hasMessageStartingWith(tmp.resolve("mujaz.yaml") + ":2: error: unknown key 'baseURL' in mujaz.yaml (hint: allowed keys: baseUrl, languages, paths, title)");
    }

    @Test
    void badValuesNameTheirLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("mujaz.yaml"), "languages:\n  - {code: ar, dir: ltr}\n");
        assertThatThrownBy(() -> SiteConfigLoader.load(tmp)).hasMessageStartingWith(tmp.resolve("mujaz.yaml") + ":2: error: language ar is written rtl, not ltr");
        Files.writeString(tmp.resolve("mujaz.yaml"), "\nbaseUrl: ftp//nope\n");
        assertThatThrownBy(() -> SiteConfigLoader.load(tmp)).hasMessageStartingWith(tmp.resolve("mujaz.yaml") + ":2: error: baseUrl");
    }

    @Test
    void taxonomyErrorsNameTheLine(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("topics.yaml");
        Files.writeString(f, "topics:\n  - id: oil\n    ar: النفط\n    en: Oil\n  - id: Oil Prices\n    ar: أسعار\n    en: Prices\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(f)).hasMessageStartingWith(f + ":5: error: topic id 'Oil Prices' is not a lower-case ASCII slug");
        Files.writeString(f, "topics:\n  - id: oil\n    ar: النفط\n    en: Oil\n    colour: red\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(f)).hasMessageStartingWith(f + ":5: error: unknown key 'colour' in a topic");
    }

    @Test
    void gazetteerRequiresBothNames(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("people.yaml");
        Files.writeString(f, "people:\n  - ar: جون كيربي\n    aliases: [كيربي]\n");
        assertThatThrownBy(() -> GazetteerLoader.load(f)).hasMessageStartingWith(f + ":2: error: missing 'en'");
    }
}
