package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;
import org.mujaz.model.Statement;

/** English subjects that stand away from their verb: appositions, relative clauses, coordinated verbs. */
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

    @Test
    void aLongRelativeClauseLeadsBackToItsAntecedent() {
        Article a = new Article(Path.of("t.md"), "t", Lang.EN, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of("Ms Okafor, who left the ministry last year to run for a seat in the northern district, had argued the levy was \"a tax on every family in the land\".",
                        "The talks face a challenge from the Northern Freight Union (NFU), which has attacked the deal as a \"betrayal of every driver here\"."),
                List.of(1, 3));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("a tax")).extracting(Statement::speaker).containsExactly("Okafor");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("betrayal")).extracting(Statement::speaker)
                .containsExactly("Northern Freight Union");
    }

    @Test
    void aCoordinatedVerbOfSayingSharesTheSentenceSubject() {
        Article a = new Article(Path.of("t.md"), "t", Lang.EN, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of("\"We will not move on this,\" said the union leader, Tom Reyes.",
                        "Port spokeswoman Anna Weller admitted there were \"teething problems\" but said \"these will be fixed within the month\"."),
                List.of(1, 3));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("these will")).extracting(Statement::speaker)
                .containsExactly("Anna Weller");
    }

    @Test
    void rolesFromRelativeClausesAndAcronymsWithoutFormsOfAddress() {
        Article a = new Article(Path.of("t.md"), "t", Lang.EN, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of("But Mark Hollis, who is chairman of the county transport committee, warned the line would close.",
                        "RPA head Sir James Ellery said: \"The review found serious faults in the tender.\""), List.of(1, 3));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.persons()).extracting(org.mujaz.model.Person::role)
                .containsExactlyInAnyOrder("chairman of the county transport committee", "RPA head");
    }

    @Test
    void capitalisedWordsBeforeARoleBelongToItAndSetPhrasesAreNotPeople() {
        Article a = new Article(Path.of("t.md"), "t", Lang.EN, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of("The plans were announced by the Work and Pensions Secretary Helen Ward on Monday.",
                        "The opposition will publish its own plans before the General Election."), List.of(1, 3));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.persons()).extracting(org.mujaz.model.Person::name).containsExactly("Helen Ward");
        assertThat(b.persons().get(0).role()).isEqualTo("Work and Pensions Secretary");
    }

    @Test
    void heAndSheGoToThePersonTheTextIsAboutAgreeingInGender() {
        Article a = new Article(Path.of("t.md"), "t", Lang.EN, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of("Mr Hale said: \"We owe the families an apology and we are giving it today.\"",
                        "Mrs Okoro was among those wrongly jailed in 1975. She said: \"A weight has been lifted off my shoulders today.\"",
                        "Meanwhile Green leader Tom Ruiz is touring the north this week. He said: \"This is now a three-party race.\"",
                        "Realising his error, Mr Ruiz then wrote to the paper, suggesting the editor would have seen the joke."),
                List.of(1, 2, 3, 4));
        Brief b = new BriefExtractor(List.of(), List.of()).extract(a);
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("A weight")).extracting(Statement::speaker).containsExactly("Okoro");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("This is now")).extracting(Statement::speaker).containsExactly("Tom Ruiz");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("the editor")).extracting(Statement::speaker).containsExactly("Tom Ruiz");
        assertThat(b.persons()).filteredOn(p -> p.name().equals("Tom Ruiz")).extracting(org.mujaz.model.Person::role)
                .containsExactly("Green leader");
    }
}
