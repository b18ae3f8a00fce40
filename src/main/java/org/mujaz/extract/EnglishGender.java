package org.mujaz.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gender an English article gives its people through forms of address ("Mrs Maguire", "Mr Blair", "Lord
 * Ashcroft") and gendered roles (spokeswoman), so that "she said" does not go to a man. Unknown agrees with both.
 */
final class EnglishGender {

    private static final Pattern ADDRESS = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness|Baron|King|Queen|Prince|Princess)\\.? ([A-Z][\\p{L}'’-]+)");
    private static final java.util.Set<String> FEMININE = java.util.Set.of("Mrs", "Ms", "Miss", "Lady", "Dame", "Baroness",
            "Queen", "Princess");
    private final Map<String, Gender> bySurname = new HashMap<>();

    void read(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            Matcher m = ADDRESS.matcher(p.text());
            while (m.find()) {
                Gender g = FEMININE.contains(m.group(1)) ? Gender.FEMININE : Gender.MASCULINE;
                String surname = m.group(2).replaceFirst("['’]s$", "");  // "Mrs Blair's remarks"
                bySurname.merge(surname, g, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
    }

    /** The gender a description gives by its noun: "a department spokeswoman", "the chairman of the board". */
    static Gender ofDescription(String text) {
        String t = text.toLowerCase();
        if (t.matches(".*\\b(spokeswoman|chairwoman|businesswoman|congresswoman|woman|mother|wife|daughter|sister|widow|girl)\\b.*")) {
            return Gender.FEMININE;
        }
        if (t.matches(".*\\b(spokesman|chairman|businessman|congressman|man|father|husband|son|brother|widower|boy)\\b.*")) {
            return Gender.MASCULINE;
        }
        return Gender.UNKNOWN;
    }

    Gender of(Speaker s) {
        String[] words = s.name().split("\\s+");
        Gender g = bySurname.get(words[words.length - 1]);
        if (g != null) return g;
        String role = s.role().toLowerCase();
        if (role.matches(".*\\b(spokeswoman|chairwoman|businesswoman|congresswoman|mrs|ms|miss|lady|dame|baroness|queen)\\b.*")) {
            return Gender.FEMININE;
        }
        if (role.matches(".*\\b(spokesman|chairman|businessman|congressman|mr|sir|lord|king)\\b.*")) return Gender.MASCULINE;
        return Gender.UNKNOWN;
    }
}
