package org.mujaz.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mujaz.model.Topic;

/**
 * Reads the bilingual topic taxonomy, {@code content/_data/topics.yaml}:
 * <pre>
 * topics:
 *   - id: security
 *     ar: الأمن
 *     en: Security
 *     terms: {ar: [الإرهاب, داعش], en: [terrorism, security]}
 * </pre>
 */
public final class TaxonomyLoader {

    private TaxonomyLoader() {
    }

    public static List<Topic> load(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) return List.of();
        YamlNode doc = YamlReader.parse(file, DataFiles.read(file), 1);
        doc.requireKnownKeys(Set.of("topics"), "topics.yaml");
        List<Topic> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        YamlNode topics = doc.get("topics");
        if (topics == null) return out;
        for (YamlNode t : topics.items()) {
            t.requireKnownKeys(Set.of("id", "ar", "en", "terms"), "a topic");
            String id = required(t, "id");
            if (!id.matches("[a-z0-9][a-z0-9-]*")) throw t.get("id").error("topic id '" + id + "' is not a lower-case ASCII slug", "e.g. oil-prices");
            if (!ids.add(id)) throw t.get("id").error("topic id '" + id + "' is defined twice", null);
            List<String> termsAr = List.of();
            List<String> termsEn = List.of();
            YamlNode terms = t.get("terms");
            if (terms != null) {
                terms.requireKnownKeys(Set.of("ar", "en"), "topic terms");
                termsAr = terms.texts("ar");
                termsEn = terms.texts("en");
            }
            out.add(new Topic(id, required(t, "ar"), required(t, "en"), termsAr, termsEn));
        }
        return out;
    }

    static String required(YamlNode node, String key) {
        YamlNode v = node.get(key);
        if (v == null || v.isNull() || v.text().isBlank()) throw node.error("missing '" + key + "'", null);
        return v.text().trim();
    }
}
