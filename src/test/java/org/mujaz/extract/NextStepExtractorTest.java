package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;

/** Future actions are next steps; past events are not. */
class NextStepExtractorTest {

    @Test
    void arabicFutureMarkersGiveSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وستعقد اللجنة اجتماعها الأول في العاصمة.",
                "ومن المقرر أن يصل الوفد الفني إلى المدينة خلال أيام.",
                "ويعتزم البرلمان مناقشة مشروع القانون في جلسة خاصة."));
        assertThat(b.nextSteps()).hasSize(3);
        assertThat(b.nextSteps().get(2).actor()).isEqualTo("البرلمان");
    }

    @Test
    void pastEventsAreNotSteps() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "عقدت اللجنة اجتماعها الأول في العاصمة أمس.",
                "وكان من المقرر أن يصل الوفد الأسبوع الماضي لكنه تأخر.",
                "وناقش الوفدان سبل التعاون في مجالات عدة."));
        assertThat(b.nextSteps()).isEmpty();
    }

    @Test
    void englishFutureMarkersGiveStepsButPastTenseDoesNot() {
        Brief b = Articles.EXTRACTOR.extract(Articles.english(
                "The bank is to cut 2,000 jobs over the next two years.",
                "The government plans to raise taxes on fuel.",
                "The company cut 500 jobs last year and closed two plants.",
                "He was due to stand in the seat at the election."));
        assertThat(b.nextSteps()).extracting(s -> s.paragraph()).containsExactly(1, 2);
        assertThat(b.nextSteps().get(0).actor()).isEqualTo("The bank");
    }
}
