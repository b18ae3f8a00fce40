package org.mujaz.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based romanisation of Arabic personal names for display ("يحيى رسول" → "Yahya Rasool",
 * "جون كيربي" → "John Kirby", "إيوان غراهام" → "Ewan Graham"). Names in the data file
 * {@code name-romanisations.txt} beside this class get their usual news spelling; other words get letter
 * mappings with vowel heuristics. A word is read as Arabic when it has a letter proper to Arabic (ح خ ذ ص
 * ض ط ظ ع ق, or ة), or is a short word in غ of Arabic shape; otherwise it is read as a possibly foreign name,
 * whose onset clusters (غر، بر، ست…), غ as "g", final ز as "s" and كس as "x" keep their foreign sounds.
 */
final class NameRomaniser {

    private static final String TABLE = "name-romanisations.txt";
    /** Folded Arabic (words joined by one space) → Latin; see {@link #load}. */
    private static final Map<String, String> KNOWN = load();
    /** The longest run of words a table entry spans. */
    private static final int LONGEST_ENTRY = KNOWN.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"),
            Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"),
            Map.entry('ظ', "dh"), Map.entry('ع', "'"), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"),
            Map.entry('ك', "k"), Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"),
            Map.entry('پ', "p"), Map.entry('چ', "ch"), Map.entry('ڤ', "v"), Map.entry('گ', "g"), Map.entry('ء', "'"));
    /** Second letters of a foreign onset cluster after a stop or fricative (بر، غل، فر…). */
    private static final String LIQUIDS = "رل";
    private static final String BEFORE_LIQUID = "بتدغفكپڤگثش";
    /** Second letters of a foreign onset cluster after س or ش (ست، سك، شم، شن…). */
    private static final String AFTER_SIBILANT = "تكبمنلپ";
    /**
     * Final two-consonant clusters that English names end in (Mark, Carl, Hans, Max…): a فاعل-shaped word
     * ending in one of them is not given the Arabic "i" (ماجد → Majid, but مارك stays Mark).
     */
    private static final Set<String> ENGLISH_CODAS = Set.of("رك", "رل", "رس", "رت", "رد", "رن", "رب", "رف", "رش",
            "نس", "ند", "نت", "نك", "كس", "تس", "لد", "لت", "لف", "لك", "لس", "ست", "سك", "فت", "مب", "مس", "مز", "نز",
            "رز", "لز", "دز", "تز", "رج", "نج");

    private NameRomaniser() {
    }

    static String romanise(String name) {
        StringBuilder out = new StringBuilder();
        List<Token> tokens = WordKey.tokens(name);
        List<String> keys = tokens.stream().map(t -> WordKey.fold(t.text())).toList();
        for (int i = 0; i < tokens.size(); i++) {
            int span = Math.min(LONGEST_ENTRY, tokens.size() - i);
            String known = null;
            for (; span >= 2 && known == null; span--) known = KNOWN.get(String.join(" ", keys.subList(i, i + span)));
            if (known != null) {
                out.append(known).append(' ');
                i += span;  // the loop's span-- ran once past the match
                continue;
            }
            String w = keys.get(i);
            if (w.equals("عبد") && i + 1 < keys.size() && keys.get(i + 1).startsWith("ال") && keys.get(i + 1).length() > 2) {
                String rest = word(light(tokens.get(++i).text()).substring(2), true);
                out.append(rest.isEmpty() ? "Abd" : "Abdul" + rest.toLowerCase()).append(' ');
                continue;
            }
            out.append(token(tokens.get(i).text())).append(' ');
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    /** The table's spelling of one folded word or run of words, or null; for tests and callers that check. */
    static String known(String foldedWords) {
        return KNOWN.get(foldedWords);
    }

    /** One word by the letter rules alone, ignoring the table; for tests of the rules. */
    static String byLetterRules(String word) {
        return capitalise(withVowel(letters(light(word), false)));
    }

    /** One token; a hyphenated one (جان-كلود) is romanised part by part. */
    private static String token(String text) {
        if (!isArabicScript(text)) return capitalise(text);
        StringBuilder b = new StringBuilder();
        for (String part : text.split("-")) {
            String r = word(light(part), false);
            if (r.isEmpty()) continue;
            if (b.length() > 0) b.append('-');
            b.append(r.startsWith("al-") && b.length() > 0 ? capitalise(r.substring(3)) : r);
        }
        return b.toString();
    }

    /**
     * One word in light form (see {@link #light}); {@code arabic} when the context makes it Arabic (after ال
     * or عبد ال).
     */
    private static String word(String w, boolean arabic) {
        if (w.isEmpty() || !isArabicScript(w)) return capitalise(w);
        if (w.chars().noneMatch(NameRomaniser::isArabicLetter)) return "";
        String known = KNOWN.get(WordKey.fold(w));
        if (known != null) return known;
        if (w.startsWith("ال") && w.length() > 3) {
            String rest = w.substring(2);
            String knownRest = KNOWN.get(WordKey.fold(rest));
            boolean particle = knownRest == null || knownRest.isEmpty() || Character.isLowerCase(knownRest.charAt(0));
            return "al-" + (particle ? capitalise(withVowel(letters(rest, true))) : knownRest);
        }
        return capitalise(withVowel(letters(w, arabic)));
    }

    /**
     * The word without diacritics and tatweel, with ؤ as و and ئ as ي, and ٱ as ا; unlike {@link WordKey#fold}
     * it keeps أ/إ/آ, ى and ة, which tell the vowels (أيمن Ayman, إيوان Ewan, موسى Musa).
     */
    static String light(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u0610' && c <= '\u061a' || c >= '\u064b' && c <= '\u065f' || c == '\u0670'
                    || c >= '\u06d6' && c <= '\u06ed' || c == '\u0640') continue;
            switch (c) {
                case 'ؤ' -> b.append('و');
                case 'ئ' -> b.append(i > 0 && word.charAt(i - 1) == 'ا' ? 'ئ' : 'ي');  // وائل، رائد keep their "e"
                case 'ٱ' -> b.append('ا');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isArabicScript(String w) { return w.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF); }

    private static boolean isArabicLetter(int c) { return c >= 'ء' && c <= 'ي' || c == 'پ' || c == 'چ' || c == 'ڤ' || c == 'گ'; }

    /** Whether a word in light form reads as Arabic rather than as a foreign name written in Arabic. */
    static boolean readsArabic(String w) {
        if (w.matches(".*[پچڤگ].*") || w.endsWith("نغ") || w.contains("تش")) return false;
        if (w.matches(".*[حخذصضطظعقة].*")) return true;
        return w.indexOf('غ') >= 0 && arabicWithGhain(w);
    }

    /**
     * A word in غ with no other letter proper to Arabic is Arabic when it is short and opens and closes like an
     * Arabic word (غسان، غانم، دباغ), has غ before a consonant other than ر/ل (بغدادي), or is a nisba with no
     * written vowel before its final ي (مغربي); longer ones and those that open in غر/غل or close in رغ/لغ
     * read as foreign (غراهام، غرين، بيرغ، إيغور، سيرغي).
     */
    private static boolean arabicWithGhain(String w) {
        int n = w.length();
        if (w.matches("غ[رل].*") || w.matches(".*[رل]غ")) return false;
        if (w.matches(".*غ[^رلاويىأإآ].*")) return true;  // غ closing a syllable: بغدادي، صغير
        if (n <= 4) return true;
        return w.endsWith("ي") && w.substring(1, n - 1).chars().noneMatch(c -> isVowelLetter((char) c));
    }

    /**
     * Letters to Latin with the vowel heuristics; {@code w} is in light form. A short "a" is written where two
     * consonants would open the word or three would meet; و after two consonants is the long "oo" of the
     * فعول pattern (رسول), elsewhere "o"; a فاعل-shaped ending takes "i" (سالم، الكاظمي). Foreign words keep
     * their onset clusters (فرانسيس، غراهام، ستيفن), تش as "ch", نغ as "ng", كس as "x", غ as "g", a final ز
     * after a consonant as "s" (ريتشاردز), ي before ا as "i" (ماريا), and take "e" before a final ن/ر/ل that
     * closes a cluster (بلينكن Blinken) and in a final -berg (غولدبرغ Goldberg).
     */
    private static String letters(String w, boolean forceArabic) {
        StringBuilder b = new StringBuilder();
        int n = w.length();
        boolean arabic = forceArabic || readsArabic(w);
        int faailI = faailVowelAt(w, arabic);
        int consonantsInRow = 0;
        boolean vowelSeen = false;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (i == 0 && isAlif(c)) {
                i += initialVowel(w, arabic, b) - 1;
                if (b.charAt(b.length() - 1) == 'y') {  // أيمن: the ي is a consonant after "a"
                    consonantsInRow = 1;
                    vowelSeen = true;
                    continue;
                }
            } else if (i == 0 && c == 'ع') {
                b.append('a');  // a word-initial ع carries its vowel: عادل، عمار
            } else if (i == faailI) {
                b.append('i').append(LETTERS.getOrDefault(c, ""));  // the فاعل "i": سالم Salim
                consonantsInRow = 1;
                continue;
            } else {
                String vowel = vowelAt(w, i, consonantsInRow, arabic);
                if (vowel == null) {
                    String cons = consonant(w, i, arabic);
                    if (cons.isEmpty()) continue;
                    boolean pair = cons.endsWith("+");
                    if (pair) i++;  // a two-letter foreign sound (تش، نغ، كس) was read
                    cons = cons.replace("+", "");
                    boolean last = i == n - 1;
                    if (!arabic && !pair && last && consonantsInRow >= 1 && "نرل".indexOf(c) >= 0 && n >= 5
                            && "رلوي".indexOf(w.charAt(i - 1)) < 0 && w.charAt(i - 1) != c) {
                        b.append('e');  // بلينكن Blinken, ميركل Merkel, ستيفن Stephen
                    } else if (!arabic && c == 'ر' && i == n - 2 && w.charAt(n - 1) == 'غ' && consonantsInRow >= 1) {
                        b.append('e');  // a final -berg: غولدبرغ Goldberg, بلومبرغ Blomberg
                        consonantsInRow = 0;
                    } else if (consonantsInRow == 1 && !vowelSeen && !foreignOnset(w, i, arabic)
                            || consonantsInRow == 1 && last && n == 3 && isAlif(w.charAt(0))  // أسد Asad
                            || consonantsInRow >= 2 && !foreignCluster(w, i, arabic)) {
                        b.append('a');
                        vowelSeen = true;
                        consonantsInRow = 0;
                    }
                    b.append(cons);
                    consonantsInRow++;
                    continue;
                }
                b.append(vowel);
            }
            consonantsInRow = 0;
            vowelSeen = true;
        }
        return b.toString().replace("''", "'").replaceAll("^'+|'+$", "");
    }

    /**
     * The Latin for a word-initial alif with what follows it, appended to {@code b}; returns how many letters
     * were read. آ is "a"; أو/او "o" (أوباما); أي "ay" (أيمن); إي/اي "i" in Arabic words, and in foreign ones
     * "i" before ف غ ز س ن ا (إيفانكا، إيغور، إيان) and "e" elsewhere (إيوان Ewan, إيريك Eric); إ before a
     * consonant "i" in Arabic words and "e" in foreign ones (إدوارد); أ/ا before a consonant "a".
     */
    private static int initialVowel(String w, boolean arabic, StringBuilder b) {
        char c = w.charAt(0);
        char next = w.length() > 1 ? w.charAt(1) : 0;
        if (c == 'آ') {
            b.append('a');
            return 1;
        }
        if (next == 'و' && c != 'إ') {
            b.append('o');
            return 2;
        }
        if (next == 'ي' && c == 'أ') {
            b.append("ay");
            return 2;
        }
        if (next == 'ي' && w.length() > 2 && !isAlif(w.charAt(2))) {
            char after = w.charAt(2);
            b.append(arabic || "فغزسنا".indexOf(after) >= 0 ? 'i' : 'e');
            return 2;
        }
        if (c == 'إ' || next == 'ي') {  // إياد Iyad: the ي before a vowel is a consonant
            b.append(arabic || next == 'ي' ? 'i' : 'e');
            return 1;
        }
        b.append('a');
        return 1;
    }

    /**
     * The index of the final consonant of a فاعل-shaped ending (consonant, ا, two consonants, then nothing or
     * a final ي/ه/ة), before which an "i" is written: سالم Salim, هاشمي Hashimi; -1 when there is none. In a
     * word that may be foreign, not when the two consonants are a cluster English names end in (مارك).
     */
    private static int faailVowelAt(String w, boolean arabic) {
        int end = w.length();
        if (end >= 5 && "يهة".indexOf(w.charAt(end - 1)) >= 0) end--;
        if (end < 4) return -1;
        char c0 = w.charAt(end - 4), alif = w.charAt(end - 3), c1 = w.charAt(end - 2), c2 = w.charAt(end - 1);
        if (alif != 'ا' || isVowelLetter(c0) || isAlif(c0) || isVowelLetter(c1) || isVowelLetter(c2) || c0 == 'ئ'
                || c1 == 'ئ' || c2 == 'ئ' || c1 == c2) return -1;
        if (!arabic && (ENGLISH_CODAS.contains("" + c1 + c2) || w.length() > 5)) return -1;
        return end - 1;
    }

    /** The vowel a letter stands for at {@code i}, or null when it is a consonant there. */
    private static String vowelAt(String w, int i, int consonantsInRow, boolean arabic) {
        char c = w.charAt(i);
        boolean last = i == w.length() - 1;
        boolean beforeConsonant = last || !isVowelLetter(w.charAt(i + 1)) && !isAlif(w.charAt(i + 1));
        if (isAlif(c) || c == 'ى' || (c == 'ه' || c == 'ة') && last) return "a";
        if (c == 'ة') return "at";  // ة inside a word (a joined construct) is read -at
        if (c == 'ئ') return "e";   // after ا: وائل Wael, رائد Raed
        if (c == 'و' && i > 0 && consonantsInRow > 0 && beforeConsonant) {
            return last ? "o" : i >= 2 && !isVowelLetter(w.charAt(i - 2)) && arabicPattern(w) ? "oo" : "o";
        }
        if (c == 'ي' && i > 0 && consonantsInRow > 0 && beforeConsonant) {
            return last && !arabic && consonantsInRow >= 2 ? "y" : "i";
        }
        if (c == 'ي' && !arabic && i > 0 && consonantsInRow > 0 && !last && isAlif(w.charAt(i + 1))) {
            return "i";  // a foreign "ia": ماريا Maria, سينثيا Cynthia
        }
        return null;
    }

    /** The Latin for the consonant at {@code i}; a result ending in "+" marks a two-letter sound. */
    private static String consonant(String w, int i, boolean arabic) {
        char c = w.charAt(i);
        char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
        boolean last = i == w.length() - 1;
        if (!arabic && c == 'ت' && next == 'ش') return "ch+";
        if (c == 'ن' && next == 'غ') return "ng+";
        if (!arabic && c == 'ك' && next == 'س') return "x+";
        if (c == 'و') return "w";
        if (c == 'ي') return "y";
        if (c == 'غ') return arabic ? "gh" : "g";
        if (c == 'ز' && last && !arabic && i >= 3 && !isVowelLetter(w.charAt(i - 1)) && !isAlif(w.charAt(i - 1))
                && "تئء".indexOf(w.charAt(i - 1)) < 0) {
            return "s";  // a plural-like ending: ويليامز Williams, ريتشاردز Richards
        }
        return LETTERS.getOrDefault(c, c < 0x0600 && Character.isLetter(c) ? String.valueOf(c) : "");
    }

    /** Whether the consonant at {@code i == 1} closes a foreign onset cluster with the first letter. */
    private static boolean foreignOnset(String w, int i, boolean arabic) {
        if (arabic || i != 1 || i + 1 >= w.length()) return false;
        char first = w.charAt(0), c = w.charAt(1), next = w.charAt(2);
        if (!isVowelLetter(next) && !isAlif(next)) return false;
        if (w.length() < 5 && first != 'غ') return false;  // كريم، فريد، سمير are Arabic
        return LIQUIDS.indexOf(c) >= 0 && BEFORE_LIQUID.indexOf(first) >= 0
                || (first == 'س' || first == 'ش') && AFTER_SIBILANT.indexOf(c) >= 0;
    }

    /**
     * Whether a third consonant in a row may follow without a vowel in a foreign word: when the middle one is
     * س (زيلينسكي), when the third ends the word as ز/س/ت/د (ريتشاردز، هيرست), or when a liquid or nasal and
     * another consonant lead into a vowel (غولدمان Goldman, يلتسين Yeltsin).
     */
    private static boolean foreignCluster(String w, int i, boolean arabic) {
        if (arabic) return false;
        int n = w.length();
        boolean last = i == n - 1;
        if (w.charAt(i - 1) == 'س' || last && "زستد".indexOf(w.charAt(i)) >= 0) return true;
        return i >= 2 && "لرنم".indexOf(w.charAt(i - 2)) >= 0 && "لرنموي".indexOf(w.charAt(i - 1)) < 0
                && !last && (isVowelLetter(w.charAt(i + 1)) || isAlif(w.charAt(i + 1)) || w.endsWith("رغ") && i == n - 3);
    }

    /** A short word of Arabic shape (up to five letters), where و after two consonants is long. */
    private static boolean arabicPattern(String w) {
        return w.length() <= 5;
    }

    private static boolean isAlif(char c) { return c == 'ا' || c == 'أ' || c == 'إ' || c == 'آ'; }

    private static boolean isVowelLetter(char c) { return c == 'ا' || c == 'و' || c == 'ي' || c == 'ى' || c == 'أ' || c == 'إ' || c == 'آ'; }

    /** A romanised word always has a vowel: a lone consonant (a stray letter) is read with "a". */
    private static String withVowel(String s) {
        if (s.isEmpty()) return "a";
        if (s.matches(".*[aeiou].*")) return s;
        int at = s.matches("(sh|th|kh|gh|dh|ch|ng).*") ? 2 : 1;
        return s.substring(0, at) + "a" + s.substring(at);
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Reads the table once: folded Arabic (words joined by one space) → Latin. An entry of several words is
     * also stored joined (عبدالرحمن), and a joined عبدال… entry also split (عبد الرحمن), as news writes both.
     */
    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = NameRomaniser.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("missing resource " + TABLE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                int eq = t.indexOf('=');
                if (eq < 0) throw new IllegalStateException(TABLE + ":" + lineNo + ": expected ARABIC = Latin");
                String latin = t.substring(eq + 1).strip();
                List<String> words = WordKey.foldedWords(t.substring(0, eq));
                if (words.isEmpty() || latin.isEmpty()) throw new IllegalStateException(TABLE + ":" + lineNo + ": empty side");
                String key = String.join(" ", words);
                put(out, key, latin, lineNo);
                if (words.size() > 1) put(out, String.join("", words), latin, lineNo);
                if (words.size() == 1 && key.startsWith("عبدال") && key.length() > 6) put(out, "عبد " + key.substring(3), latin, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    private static void put(Map<String, String> table, String key, String latin, int lineNo) {
        String before = table.putIfAbsent(key, latin);
        if (before != null && !before.equals(latin)) {
            throw new IllegalStateException(TABLE + ":" + lineNo + ": " + key + " is already " + before + ", not " + latin);
        }
    }
}
