package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pairing straight quotation marks the way scraped Arabic and English copy uses them. */
class QuoteFinderTest {

    private static java.util.List<String> quotes(String text) {
        return QuoteFinder.find(text, 1).stream().map(Quote::text).toList();
    }

    @Test
    void aMarkJoinedToAOneLetterParticleOpensTheNextQuote() {
        assertThat(quotes("وقال الوزير إن الخطة \"ستخفض الأسعار هذا العام و\"عندما نفتح المصنع سننتج ضعف الكمية\"."))
                .containsExactly("ستخفض الأسعار هذا العام", "عندما نفتح المصنع سننتج ضعف الكمية");
        assertThat(quotes("ووصفوا التدخلات بـ\"كارثة بكل المقاييس\" أمس.")).containsExactly("كارثة بكل المقاييس");
    }

    @Test
    void aStrayClosingMarkAfterAQuoteOpensNothing() {
        assertThat(quotes("وأعلنت الوزارة عن \"خطة\" طوارئ\" للمدينة، خلافا لما أعلن سابقا، وهو \"إغلاق كامل\" للأسواق."))
                .containsExactly("خطة", "إغلاق كامل");
        // with no quote just before it, a mark against the word before it still opens one (a typo in spacing)
        assertThat(quotes("وعقب قائلا\" سوف يتعين عليكم تقييم هذا الواقع الجديد\".")).containsExactly("سوف يتعين عليكم تقييم هذا الواقع الجديد");
    }

    @Test
    void englishCopyOpensEachQuotedSentenceAfresh() {
        assertThat(quotes("She said: \"The figures do not add up. \"The reality is that families will lose out.\""))
                .containsExactly("The figures do not add up.", "The reality is that families will lose out.");
    }
}
