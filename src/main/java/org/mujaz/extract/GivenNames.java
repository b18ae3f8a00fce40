package org.mujaz.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Lexicons of common given names, one per language, kept as data files beside this class: a word list is
 * easier to review and grow than a Java literal, and it is evidence for a name, never a name by itself.
 */
final class GivenNames {

    static final Set<String> ARABIC = load("given-names.ar.txt", null);
    static final Set<String> ENGLISH = load("given-names.en.txt", null);
    /** The Arabic list's sections by sex, for agreement: a feminine verb (وأضافت) continues a woman's words. */
    static final Set<String> ARABIC_MEN = load("given-names.ar.txt", "# Arabic, men");
    static final Set<String> ARABIC_WOMEN = load("given-names.ar.txt", "# Arabic, women");
    /** Foreign given names in Arabic spelling (نيكولا، جون): a word right after one is a surname, not a verb. */
    static final Set<String> ARABIC_FOREIGN = load("given-names.ar.txt", "# Foreign given names in their usual Arabic spellings");

    private GivenNames() {
    }

    /**
     * Folded entries (see {@link WordKey#fold}); lines starting with # are comments. With a {@code section}
     * header, only the entries between that header line and the next one.
     */
    private static Set<String> load(String name, String section) {
        Set<String> out = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean inSection = section == null;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (section != null && t.startsWith("#")) inSection = t.equals(section);
                String key = WordKey.fold(t).replace(" ", "");
                // Two-letter words collide with particles and pronouns far more often than they name anyone.
                if (inSection && !t.startsWith("#") && key.length() >= 3) out.add(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
