package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Romanised names read like names, not like letter-by-letter transliteration. */
class NameRomaniserTest {

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

    @ParameterizedTest
    @CsvSource({"الكاظمي", "فالكون", "تيبيساي لوسينا"})
    void unknownNamesGetCapitalisedLatinWordsWithVowels(String arabic) {
        String out = NameRomaniser.romanise(arabic);
        assertThat(out).matches("([A-Z][a-z'-]*|al-[A-Z][a-z']*)( ([A-Z][a-z'-]*|al-[A-Z][a-z']*))*");
        assertThat(out).containsPattern("[aeiou]");
    }
}
