package org.mujaz.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Lang;

class BundleMessageResolverTest {

    final BundleMessageResolver messages = new BundleMessageResolver(TemplateSource.of(null));

    static Set<String> keys(Lang lang) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(TemplateSource.of(null).text("i18n/messages_" + lang.code() + ".properties")));
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        assertThat(keys(Lang.AR)).isEqualTo(keys(Lang.EN));
    }

    @Test
    void everyStaticKeyUsedInTemplatesExists() throws Exception {
        Pattern use = Pattern.compile("#\\{([a-zA-Z.]+)[}(]");
        Set<String> used = new TreeSet<>();
        for (String t : new String[] {"layout", "home", "brief", "topics", "topic", "people", "person", "timeline", "404"}) {
            Matcher m = use.matcher(TemplateSource.of(null).text("html/" + t + ".html"));
            while (m.find()) used.add(m.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(keys(Lang.EN)).containsAll(used);
        // Keys built at run time from data.
        assertThat(keys(Lang.EN)).contains("statement.kind.direct", "statement.kind.indirect", "lang.name.ar", "lang.name.en",
                "brief.undated", "step.undated");
    }

    @Test
    void arabicPluralsAndDigits() {
        assertThat(messages.message(Lang.AR, "topics.count", 1)).isEqualTo("موجز واحد");
        assertThat(messages.message(Lang.AR, "topics.count", 2)).isEqualTo("موجزان");
        assertThat(messages.message(Lang.AR, "topics.count", 3)).isEqualTo("٣ موجزات");
        assertThat(messages.message(Lang.AR, "topics.count", 11)).isEqualTo("١١ موجزًا");
        assertThat(messages.message(Lang.AR, "topics.count", 100)).isEqualTo("١٠٠ موجز");
        assertThat(messages.message(Lang.EN, "topics.count", 1)).isEqualTo("1 brief");
        assertThat(messages.message(Lang.EN, "topics.count", 12)).isEqualTo("12 briefs");
        assertThat(messages.message(Lang.EN, "missing.key")).isNull();
    }

    @Test
    void messagesAreReadAsUtf8() {
        assertThat(messages.message(Lang.AR, "nav.home")).isEqualTo("الموجزات");
        assertThat("الموجزات".getBytes(StandardCharsets.UTF_8)).hasSize(16);
    }

    @Test
    void datesPerLanguage() {
        assertThat(LocaleFormats.longDate(LocalDate.of(2025, 3, 5), Lang.EN)).isEqualTo("March 5, 2025");
        assertThat(LocaleFormats.longDate(LocalDate.of(2025, 3, 5), Lang.AR)).isEqualTo("٥ مارس ٢٠٢٥");
        assertThat(LocaleFormats.longDate(null, Lang.AR)).isEmpty();
    }
}
