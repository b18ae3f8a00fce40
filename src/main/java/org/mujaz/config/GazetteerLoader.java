package org.mujaz.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mujaz.model.KnownPerson;

/**
 * Reads the bilingual people gazetteer, {@code content/_data/people.yaml}:
 * <pre>
 * people:
 *   - ar: جون كيربي
 *     en: John Kirby
 *     aliases: [كيربي, Kirby]
 *     role: {ar: المتحدث باسم وزارة الدفاع الأمريكية, en: Pentagon press secretary}
 * </pre>
 */
public final class GazetteerLoader {

    private GazetteerLoader() {
    }

    public static List<KnownPerson> load(Path file) {
        if (!Files.isRegularFile(file)) return List.of();
        YamlNode doc = YamlReader.parse(file, DataFiles.read(file), 1);
        doc.requireKnownKeys(Set.of("people"), "people.yaml");
        List<KnownPerson> out = new ArrayList<>();
        YamlNode people = doc.get("people");
        if (people == null) return out;
        for (YamlNode p : people.items()) {
            p.requireKnownKeys(Set.of("ar", "en", "aliases", "role"), "a person");
            String roleAr = "";
            String roleEn = "";
            YamlNode role = p.get("role");
            if (role != null) {
                role.requireKnownKeys(Set.of("ar", "en"), "a role");
                roleAr = role.text("ar", "");
                roleEn = role.text("en", "");
            }
            out.add(new KnownPerson(TaxonomyLoader.required(p, "ar"), TaxonomyLoader.required(p, "en"),
                    p.texts("aliases"), roleAr, roleEn));
        }
        return out;
    }
}
