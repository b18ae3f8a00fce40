package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;
import org.mujaz.model.Statement;

/** "X, role of A and also role of B, said": the and belongs to the role, the speaker is X. */
class AppositionSpeakerTest {

    @Test
    void aConjunctionInsideTheRoleDoesNotCutOffTheName() {
        Article a = new Article(Path.of("t.md"), "t", Lang.EN, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of("On Monday, Maria Jensen, chair of the port authority and also head of the harbour board, said that the dock would reopen.",
                        "\"We expect ships back within a fortnight,\" she added."), List.of(1, 3));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("Maria Jensen").hasSize(2);
        assertThat(b.statements().get(0).role()).contains("chair of the port authority and also head of the harbour board");
    }

    @Test
    void aSourceAfterTheQuoteMayStartWithItsAndEndsBeforeARelativeClause() {
        Article a = new Article(Path.of("t.md"), "t", Lang.EN, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of("The board said the plan was sound. \"Any partial change would weaken the whole plan,\" said its chairman, Sir Alan Pike.",
                        "\"Callers are getting used to help at any hour,\" says Ruth Adler of research firm Linemark, which ran the survey."),
                List.of(1, 3));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("Any partial")).extracting(Statement::speaker).containsExactly("Alan Pike");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("Callers")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).startsWith("Ruth Adler").doesNotContain("which"));
    }
}
