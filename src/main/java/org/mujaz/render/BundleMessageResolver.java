package org.mujaz.render;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.mujaz.model.Lang;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Resolves {@code #{key}} from {@code i18n/messages_<lang>.properties}, read as UTF-8 (not the
 * ISO-8859-1 of {@link java.util.ResourceBundle}). A site's bundle overrides the built-in one key by
 * key, so a site can change one label without copying the file. Messages with parameters are ICU
 * message formats, which know Arabic plural categories and use the language's digits.
 */
final class BundleMessageResolver implements IMessageResolver {

    private final Map<Lang, Map<String, String>> bundles = new EnumMap<>(Lang.class);

    BundleMessageResolver(TemplateSource source) {
        try {
            for (Lang lang : Lang.values()) {
                String path = "i18n/messages_" + lang.code() + ".properties";
                Map<String, String> merged = new HashMap<>();
                load(source.builtIn(path), merged);
                load(source.siteOnly(path), merged);
                bundles.put(lang, Map.copyOf(merged));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Optional<byte[]> bytes, Map<String, String> into) throws IOException {
        if (bytes.isEmpty()) return;
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes.get()), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        for (String k : p.stringPropertyNames()) into.put(k, p.getProperty(k));
    }

    /** The message, or null when neither bundle has the key. */
    String message(Lang lang, String key, Object... params) {
        String pattern = bundles.get(lang).get(key);
        if (pattern == null) return null;
        if (params == null || params.length == 0) return pattern;
        return new MessageFormat(pattern, LocaleFormats.ulocale(lang)).format(params);
    }

    @Override
    public String getName() { return "mujaz-bundles"; }

    @Override
    public Integer getOrder() { return 0; }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        Lang lang = Lang.fromCode(context.getLocale().getLanguage());
        return message(lang == null ? Lang.EN : lang, key, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] messageParameters) {
        // Visible in the page so that tests and reviewers catch a missing string.
        return "??" + key + "_" + context.getLocale().getLanguage() + "??";
    }
}
