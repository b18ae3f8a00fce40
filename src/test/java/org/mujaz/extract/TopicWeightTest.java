package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Lang;
import org.mujaz.model.Topic;

/** A brief is about a topic when the title or lead names it, or the body keeps coming back to it. */
class TopicWeightTest {

    private static final BriefExtractor EXTRACTOR = new BriefExtractor(List.of(
            new Topic("energy", "الطاقة", "Energy", List.of("الطاقة", "النفط"), List.of("energy", "oil"))), List.of());

    private static List<String> topics(String title, String... paragraphs) {
        List<Integer> lines = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) lines.add(i + 1);
        Article a = new Article(Path.of("t.md"), "t", Lang.AR, title, LocalDate.of(2021, 4, 8), "", "", List.of(), List.of(), "t", "t",
                false, List.of(paragraphs), lines);
        return EXTRACTOR.extract(a).topics().stream().map(Topic::id).toList();
    }

    @Test
    void aPassingMentionDeepInTheBodyIsNotEnough() {
        assertThat(topics("الحوار الاستراتيجي بين البلدين", "اجتمع الوفدان في بغداد أمس.", "وبحث الجانبان الأمن.",
                "وتناولت النقاشات كذلك الاقتصاد والطاقة والبيئة.")).isEmpty();
    }

    @Test
    void theTitleOrLeadIsEnoughAndSoIsARecurringTheme() {
        assertThat(topics("أسعار النفط ترتفع", "ارتفعت الأسعار أمس.")).containsExactly("energy");
        assertThat(topics("تقرير", "ارتفعت أسعار النفط أمس.")).containsExactly("energy");
        assertThat(topics("تقرير", "بدأ الاجتماع.", "وناقش الوزراء النفط.", "وتراجعت صادرات النفط.", "وقال خبراء إن النفط سيبقى مهما."))
                .containsExactly("energy");
    }
}
