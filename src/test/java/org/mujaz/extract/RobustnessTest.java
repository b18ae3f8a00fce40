package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;

/** Seeded random text (letters of both scripts, quote marks, punctuation, huge paragraphs): never throws, never hangs. */
class RobustnessTest {

    private static final String[] PIECES = {"قال", "أن", "إن", "وأضاف", "سـ", "سيزور", "المقبل", "أمس", "الأربعاء", "said",
        "told", "will", "Mr", "Blair", "next", "Tuesday", "\"", "«", "»", "“", "”", "„", "'", "‘", "’", ".", "،", ",", ":",
        "؟", "!", "(", ")", "…", "-", "بن", "عبد", "ال", "John", "Kirby", "2021", "3.5", "\u00a0", "\u200f", "ـ", "ً", " "};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void randomTextNeverBreaksExtraction(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 6; round++) {
            List<String> paragraphs = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int p = 0; p < count; p++) paragraphs.add(paragraph(random, random.nextInt(10) == 0 ? 3000 : 60));
            Lang lang = random.nextBoolean() ? Lang.AR : Lang.EN;
            Brief brief = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> Articles.EXTRACTOR.extract(Articles.of(lang, random.nextBoolean() ? null : java.time.LocalDate.of(2021, 4, 8),
                            paragraphs.toArray(String[]::new))));
            assertThat(brief.warnings()).hasSizeLessThanOrEqualTo(Warnings.CAP);
            assertThat(brief.warnings()).noneSatisfy(w -> assertThat(w.message()).startsWith("extraction stopped early"));
        }
    }

    private static String paragraph(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(pieces);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(4) == 0) b.append(randomLetters(random));
            else b.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) b.append(' ');
        }
        return b.toString();
    }

    private static String randomLetters(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            b.append(random.nextBoolean() ? (char) (0x0621 + random.nextInt(42)) : (char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
