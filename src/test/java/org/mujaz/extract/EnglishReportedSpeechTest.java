package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/** English indirect speech beyond "X said that …": plural verbs, findings, long adverbials, quotes inside the clause. */
class EnglishReportedSpeechTest {

    private static Brief extract(String... paragraphs) {
        return Articles.EXTRACTOR.extract(Articles.english(paragraphs));
    }

    private static Statement indirectStarting(Brief b, String start) {
        return b.statements().stream().filter(s -> s.kind() == StatementKind.INDIRECT && s.text().startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no indirect statement starting " + start + " in " + b.statements()));
    }

    @Test
    void pluralAndFindingVerbsReportSpeech() {
        Brief b = extract("The shipping firms deny that they fixed prices on the northern routes.",
                "Port unions insist they will keep the strike going until March.",
                "The tribunal found the dismissals could not be justified under the contract.");
        assertThat(indirectStarting(b, "they fixed prices").speaker()).isEqualTo("The shipping firms");
        assertThat(indirectStarting(b, "they will keep").speaker()).isEqualTo("Port unions");
        assertThat(indirectStarting(b, "the dismissals").speaker()).isEqualTo("The tribunal");
    }

    @Test
    void aFindingVerbWithAnObjectReportsNothing() {
        Brief b = extract("The inspectors found a second leak near the old pumping station.");
        assertThat(b.statements()).isEmpty();
    }

    @Test
    void aLongAdverbialBeforeThePronounSubjectIsSkipped() {
        Brief b = extract("Most islanders said in a referendum they wanted to keep the old flag.");
        assertThat(indirectStarting(b, "they wanted").speaker()).isEqualTo("Most islanders");
    }

    @Test
    void aQuoteInsideTheReportedClauseStaysInIt() {
        Brief b = extract("The regulator said the proposed \"light-touch regime for small lenders\" would be reviewed next year.");
        assertThat(indirectStarting(b, "the proposed").text()).endsWith("would be reviewed next year");
    }

    @Test
    void aParticipleReportsForTheSentenceSubject() {
        Brief b = extract("Lord Ames said the bill was rushed.",
                "Ms Patel calmed her critics by announcing she would publish the full report.");
        assertThat(indirectStarting(b, "she would publish").speaker()).isEqualTo("Patel");
    }
}
