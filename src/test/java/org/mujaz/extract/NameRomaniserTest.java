package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Romanised names read like names, not like letter-by-letter transliteration. */
class NameRomaniserTest {

    /** One romanised word: capitalised (al-, hyphenated parts allowed), or a lowercase particle. */
    private static final String WORD = "(al-)?[A-Z][A-Za-z']*(-[A-Z][A-Za-z']*)*|bin|bint";

    @ParameterizedTest
    @CsvSource({
        "يحيى رسول, Yahya Rasool",
        "جون كيربي, John Kirby",
        "نيد برايس, Ned Price",
        "محمد بن سلمان, Mohammed bin Salman",
        "عبد العزيز, Abdulaziz",
        "أبو محمد, Abu Mohammed",
        "كريم, Karim",
        "سامي, Sami"
    })
    void romanises(String arabic, String english) {
        assertThat(NameRomaniser.romanise(arabic)).isEqualTo(english);
    }

    /** Invented names, none taken from an article: table spellings and letter rules, Arabic and foreign. */
    @ParameterizedTest
    @CsvSource({
        // Arabic names from the table, alone, in runs of words and with particles
        "غسان عادل, Ghassan Adel",
        "عبد الرحمن يوسف, Abdul Rahman Yousef",
        "عبدالرحمن, Abdul Rahman",
        "ليلى منصور, Layla Mansour",
        "خديجة بنت خالد, Khadija bint Khaled",
        "أيمن, Ayman",
        "إيمان, Iman",
        "نور الهدى, Nour al-Huda",
        "فاطمة الزهراء, Fatima al-Zahraa",
        "الحسن, al-Hassan",
        // Arabic names by the letter rules
        "شاكر, Shakir",
        "الهاشمي, al-Hashimi",
        "الشمري, al-Shamri",
        "البغدادي, al-Baghdadi",
        "غنام, Ghanam",
        "دباغ, Dabagh",
        "مغربي, Maghrabi",
        "سائد, Saed",
        "أسد, Asad",
        "بسمة, Basma",
        // foreign names from the table
        "جون سميث, John Smith",
        "تيريزا جونز, Theresa Jones",
        "بوريس إيفانوف, Boris Ivanov",
        "مايكل ويليامز, Michael Williams",
        "إيما غرين, Emma Green",
        "سيرغي بيتروف, Sergei Petrov",
        "أنجيلا مورغان, Angela Morgan",
        "إيوان غراهام, Ewan Graham",
        "سينثيا روبرتس, Cynthia Roberts",
        // foreign names by the letter rules: غ as G, onset clusters, كس, final ز, -en, -berg, ia, إي
        "غرانت, Grant",
        "غلوريا, Gloria",
        "غولدبرغ, Goldberg",
        "نيكسون, Nixon",
        "ريتشاردز, Richards",
        "إدموندز, Edmonds",
        "فرانكلين, Franklin",
        "بلانكو, Blanko",
        "ستانلي, Stanly",
        "هيلدا, Hilda",
        "إيريك, Eric",
        "إيغور, Igor"
    })
    void romanisesArabicAndForeignNames(String arabic, String english) {
        assertThat(NameRomaniser.romanise(arabic)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({
        // a word with no letter proper to Arabic reads as foreign: غ is G and its onset cluster stays whole
        "غراهام, Graham", "غوردون, Gordon", "غرانت, Grant",
        // short غ words of Arabic shape, and غ before a consonant, keep Gh
        "غالب, Ghalib", "غزال, Ghazal", "صباغ, Sabagh", "بغدادي, Baghdadi"
    })
    void ghainIsGInForeignWordsAndGhInArabicOnes(String arabic, String english) {
        assertThat(NameRomaniser.byLetterRules(arabic)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"الكاظمي", "فالكون", "تيبيساي لوسينا"})
    void unknownNamesGetCapitalisedLatinWordsWithVowels(String arabic) {
        String out = NameRomaniser.romanise(arabic);
        assertThat(out).matches("([A-Z][a-z'-]*|al-[A-Z][a-z']*)( ([A-Z][a-z'-]*|al-[A-Z][a-z']*))*");
        assertThat(out).containsPattern("[aeiou]");
    }

    /** Random strings of Arabic letters never crash and always give Latin words with a vowel. */
    @Test
    void randomArabicLettersGiveCapitalisedLatinWordsWithAVowel() {
        String alphabet = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچڤگ";
        Random random = new Random(20240607L);
        for (int trial = 0; trial < 5000; trial++) {
            List<String> words = new ArrayList<>();
            int wordCount = 1 + random.nextInt(3);
            for (int w = 0; w < wordCount; w++) {
                StringBuilder word = new StringBuilder();
                if (random.nextInt(6) == 0) word.append("ال");
                int length = 1 + random.nextInt(8);
                for (int i = 0; i < length; i++) word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                words.add(word.toString());
            }
            String name = String.join(" ", words);
            String out = NameRomaniser.romanise(name);
            assertThat(out).as("romanised %s", name).isNotBlank().doesNotContainPattern("[\\u0600-\\u06FF]");
            for (String latin : out.split(" ")) {
                assertThat(latin).as("a word of %s → %s", name, out).matches(WORD).containsPattern("(?i)[aeiou]");
            }
        }
    }

    /** Every given name the extractor knows (given-names.ar.txt) has its usual English spelling in the table. */
    @Test
    void everyArabicScriptGivenNameHasATableSpelling() {
        Set<String> missing = new TreeSet<>();
        for (String name : GivenNames.ARABIC) {
            if (NameRomaniser.known(name) == null) missing.add(name);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void givenNamesAreSpelledAsCapitalisedWords() {
        for (String name : GivenNames.ARABIC) {
            for (String latin : NameRomaniser.known(name).split(" ")) assertThat(latin).as(name).matches(WORD);
        }
    }
}
