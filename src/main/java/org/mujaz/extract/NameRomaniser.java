package org.mujaz.extract;

import java.util.List;
import java.util.Map;

/**
 * Rule-based romanisation of Arabic personal names for display ("يحيى رسول" → "Yahya Rasool",
 * "جون كيربي" → "John Kirby"). Common names come from a short table; other words get letter mappings with
 * vowel heuristics: و and ي between consonants are long vowels, a consonant cluster takes a short "a",
 * ال becomes "al-", ة and ى become "a".
 */
final class NameRomaniser {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("محمد", "Mohammed"), Map.entry("احمد", "Ahmed"), Map.entry("مصطفي", "Mustafa"),
            Map.entry("يحيي", "Yahya"), Map.entry("علي", "Ali"), Map.entry("حسن", "Hassan"), Map.entry("حسين", "Hussein"),
            Map.entry("عبدالله", "Abdullah"), Map.entry("جون", "John"), Map.entry("دونالد", "Donald"),
            Map.entry("ترامب", "Trump"), Map.entry("ترمب", "Trump"), Map.entry("جورج", "George"), Map.entry("يوسف", "Yousef"),
            Map.entry("عمر", "Omar"), Map.entry("خالد", "Khaled"), Map.entry("ابراهيم", "Ibrahim"), Map.entry("محمود", "Mahmoud"),
            Map.entry("سلمان", "Salman"), Map.entry("عثمان", "Othman"), Map.entry("فلاديمير", "Vladimir"), Map.entry("بوتين", "Putin"),
            Map.entry("ايمانويل", "Emmanuel"), Map.entry("ماكرون", "Macron"), Map.entry("جيمس", "James"), Map.entry("مايك", "Mike"),
            Map.entry("نيد", "Ned"), Map.entry("برايس", "Price"), Map.entry("كيم", "Kim"), Map.entry("مارك", "Mark"),
            Map.entry("ديفيد", "David"), Map.entry("بنيامين", "Benjamin"), Map.entry("نتنياهو", "Netanyahu"),
            Map.entry("رجب", "Recep"), Map.entry("طيب", "Tayyip"), Map.entry("اردوغان", "Erdogan"), Map.entry("نيكولاس", "Nicolas"),
            Map.entry("عباس", "Abbas"), Map.entry("فهد", "Fahd"), Map.entry("تركي", "Turki"), Map.entry("عبد", "Abd"),
            Map.entry("بن", "bin"), Map.entry("بنت", "bint"), Map.entry("ابو", "Abu"), Map.entry("ابن", "Ibn"),
            Map.entry("سعود", "Saud"), Map.entry("صالح", "Saleh"), Map.entry("اشرف", "Ashraf"), Map.entry("جمال", "Jamal"),
            Map.entry("عادل", "Adel"), Map.entry("وليد", "Walid"), Map.entry("فاطمه", "Fatima"), Map.entry("مريم", "Maryam"),
            Map.entry("زينب", "Zainab"), Map.entry("عايشه", "Aisha"), Map.entry("نور", "Nour"), Map.entry("حمد", "Hamad"),
            Map.entry("تميم", "Tamim"), Map.entry("نبيل", "Nabil"), Map.entry("رياض", "Riyad"), Map.entry("طارق", "Tariq"),
            Map.entry("عيسي", "Issa"), Map.entry("موسي", "Musa"), Map.entry("منصور", "Mansour"), Map.entry("زايد", "Zayed"),
            Map.entry("سعيد", "Saeed"), Map.entry("عوض", "Awad"), Map.entry("ايمن", "Ayman"), Map.entry("سلطان", "Sultan"),
            Map.entry("هاله", "Hala"), Map.entry("سليمان", "Suleiman"), Map.entry("سلام", "Salam"), Map.entry("الله", "Allah"), Map.entry("الدين", "al-Din"));
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"),
            Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"),
            Map.entry('ظ', "dh"), Map.entry('ع', "'"), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"),
            Map.entry('ك', "k"), Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"),
            Map.entry('پ', "p"), Map.entry('چ', "ch"), Map.entry('ڤ', "v"), Map.entry('گ', "g"), Map.entry('ء', "'"));

    private NameRomaniser() {
    }

    static String romanise(String name) {
        StringBuilder out = new StringBuilder();
        List<String> words = WordKey.foldedWords(name);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("عبد") && i + 1 < words.size() && words.get(i + 1).startsWith("ال")) {
                String rest = word(words.get(++i).substring(2));
                out.append(rest.isEmpty() ? "Abd" : "Abdul" + rest.toLowerCase()).append(' ');
                continue;
            }
            out.append(word(w)).append(' ');
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    private static String word(String w) {
        if (w.isEmpty()) return "";
        String known = KNOWN.get(w);
        if (known != null) return known;
        if (w.startsWith("ال") && w.length() > 3) return "al-" + capitalise(letters(w.substring(2)));
        if (!isArabic(w)) return capitalise(w);
        return capitalise(letters(w));
    }

    private static boolean isArabic(String w) { return w.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF); }

    /**
     * Letters to Latin with the vowel heuristics; {@code w} is already folded (no hamza seats, ة → ه).
     * A short "a" is written where two consonants would open the word or three would meet; و after two
     * consonants is the long "oo" of the فعول pattern (رسول), elsewhere "o"; a word with no letter proper to
     * Arabic is taken as foreign, so its opening cluster (فرانسيس) and تش, نغ keep their foreign sounds.
     */
    private static String letters(String w) {
        StringBuilder b = new StringBuilder();
        int n = w.length();
        boolean arabicOnly = w.matches(".*[حخذصضطظعغق].*") && !w.endsWith("نغ");
        int consonantsInRow = 0;
        boolean vowelSeen = false;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (i == 0 && c == 'ا' && n > 1 && (w.charAt(1) == 'و' || w.charAt(1) == 'ي')) {
                b.append(w.charAt(1) == 'و' ? 'o' : 'i');  // أوباما، إيلي: the seat and its long vowel
                i++;
            } else if (i == 0 && c == 'ع') {
                b.append('a');  // a word-initial ع carries its vowel: عادل، عمار
            } else {
                String vowel = vowelAt(w, i, consonantsInRow, arabicOnly);
                if (vowel == null) {
                    String cons = consonant(w, i, arabicOnly);
                    if (cons.isEmpty()) continue;
                    if (cons.length() == 3) i++;  // a two-letter foreign sound (تش، نغ) was read
                    boolean foreignCluster = !arabicOnly && n >= 5 && i == 1 && (c == 'ر' || c == 'ل')
                            && i + 1 < n && isVowelLetter(w.charAt(i + 1));
                    if (consonantsInRow == 1 && !vowelSeen && !foreignCluster || consonantsInRow >= 2) {
                        b.append('a');
                        vowelSeen = true;
                        consonantsInRow = 0;
                    }
                    b.append(cons, 0, Math.min(2, cons.length()));
                    consonantsInRow++;
                    continue;
                }
                b.append(vowel);
            }
            consonantsInRow = 0;
            vowelSeen = true;
        }
        return b.toString().replace("''", "'").replaceAll("^'|'$", "");
    }

    /** The vowel a letter stands for at {@code i}, or null when it is a consonant there. */
    private static String vowelAt(String w, int i, int consonantsInRow, boolean arabicOnly) {
        char c = w.charAt(i);
        boolean last = i == w.length() - 1;
        boolean beforeConsonant = last || !isVowelLetter(w.charAt(i + 1));
        if (c == 'ا' || c == 'ى' || c == 'ه' && last) return "a";
        if (c == 'و' && i > 0 && consonantsInRow > 0 && beforeConsonant) {
            return last ? "o" : i >= 2 && !isVowelLetter(w.charAt(i - 2)) && arabicPattern(w) ? "oo" : "o";
        }
        if (c == 'ي' && i > 0 && consonantsInRow > 0 && beforeConsonant) {
            return last && !arabicOnly && consonantsInRow >= 2 ? "y" : "i";
        }
        return null;
    }

    /** The Latin for the consonant at {@code i}; a three-character result marks a two-letter foreign sound. */
    private static String consonant(String w, int i, boolean arabicOnly) {
        char c = w.charAt(i);
        char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
        if (!arabicOnly && c == 'ت' && next == 'ش') return "ch+";
        if (c == 'ن' && next == 'غ') return "ng+";
        if (c == 'و') return "w";
        if (c == 'ي') return "y";
        return LETTERS.getOrDefault(c, c < 0x0600 && Character.isLetter(c) ? String.valueOf(c) : "");
    }

    /** A short word of Arabic shape (up to five letters), where و after two consonants is long. */
    private static boolean arabicPattern(String w) {
        return w.length() <= 5;
    }

    private static boolean isVowelLetter(char c) { return c == 'ا' || c == 'و' || c == 'ي' || c == 'ى'; }

    private static String capitalise(String s) {
        if (s.isEmpty()) return s;
        String t = s.replace("ى", "a");
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
