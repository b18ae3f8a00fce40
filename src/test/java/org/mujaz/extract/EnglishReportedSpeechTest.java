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

    @Test
    void infinitivesAndAgentParticiplesReportNothing() {
        Brief b = extract("The audit office said the stadium cost the city £28.7m to maintain and sell in the years after it closed.",
                "The rise is part of new proposals announced by the Trade Secretary Anna Lowe.");
        assertThat(b.statements()).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("The audit office");
            assertThat(s.text()).startsWith("the stadium cost");
        });
    }

    @Test
    void aClauseAfterSaidMayOpenWithAnArticle() {
        Brief b = extract("Deputy Mayor Tom Hale said a good deal had been secured for the harbour.");
        assertThat(indirectStarting(b, "a good deal").speaker()).isEqualTo("Tom Hale");
    }

    @Test
    void thatAfterAFiniteVerbOpensARelativeClauseNotTheReport() {
        Brief b = extract("Ms Lowe said ministers would consult on other proposals that could let fathers share the leave.",
                "She said the opposition would announce its own plans closer to the election.");
        assertThat(indirectStarting(b, "ministers would consult").text()).endsWith("share the leave");
        assertThat(indirectStarting(b, "the opposition would announce").speaker()).isEqualTo("Lowe");
    }

    @Test
    void toldWithItsHearerEndsTheSentence() {
        Brief b = extract("Paid leave would rise to nine months by 2027, Ms Lowe told the radio station's morning programme.");
        assertThat(indirectStarting(b, "Paid leave").speaker()).isEqualTo("Lowe");
    }

    @Test
    void dashAsidesLongSourcesAfterTheClauseAndItForOrganisations() {
        Brief b = extract("One of the four, Tom Reilly - who was wrongly jailed for the bombing - said the families were delighted.",
                "Crop output rose by a quarter this year, the joint report from the two relief agencies said.",
                "The agencies recommend that donors buy grain locally where they can.",
                "However, it said yields would be lower in the dry north.");
        assertThat(indirectStarting(b, "the families").speaker()).isEqualTo("Tom Reilly");
        assertThat(indirectStarting(b, "Crop output").speaker()).isEqualTo("the joint report from the two relief agencies");
        assertThat(indirectStarting(b, "donors buy").speaker()).isEqualTo("The agencies");
        assertThat(indirectStarting(b, "yields would").speaker()).isNotEqualTo("Tom Reilly");
    }

    @Test
    void frontedAdverbialsLowercaseRolesAfterSaidAndHopesTo() {
        Brief b = extract("\"Growth will return in the second half,\" said economy minister Kenji Sato.",
                "In its report on the council's work the committee said the budget was too small.",
                "The firm hopes to launch the service in March.");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("Growth")).extracting(Statement::speaker).containsExactly("Kenji Sato");
        assertThat(indirectStarting(b, "the budget").speaker()).isEqualTo("the committee");
        assertThat(b.statements()).noneMatch(s -> s.text().startsWith("to launch"));
        assertThat(b.nextSteps()).anySatisfy(s -> assertThat(s.actor()).isEqualTo("The firm"));
    }

    @Test
    void aQuoteThatEndsTheClauseStaysInItUntilANewActOfSpeech() {
        Brief b = extract("Mr Hale said a split vote would result in \"a hung council and no budget at all\".",
                "He said the mayor had spoken with \"real sincerity\", adding: \"She listened to every family in the hall.\"",
                "She said the plan was sound: \"We will build the bridge by 2027.\"");
        assertThat(indirectStarting(b, "a split vote").text()).endsWith("\"a hung council and no budget at all\"");
        assertThat(indirectStarting(b, "the mayor").text()).isEqualTo("the mayor had spoken with \"real sincerity\"");
        assertThat(indirectStarting(b, "the plan was sound").text()).isEqualTo("the plan was sound");
    }

    @Test
    void anInnerHopesToDoesNotTakeTheReportAway() {
        Brief b = extract("Mr Brown has said he hopes to announce the date of the budget before the end of the month.");
        assertThat(indirectStarting(b, "he hopes to announce").speaker()).isEqualTo("Brown");
    }

    @Test
    void moreVerbsOfSayingAndWritingThatReportsNothing() {
        Brief b = extract("\"The project is going well,\" underlined Carlos Ruiz.",
                "Mr Stone, who wrote the musical, said the show would tour next year.");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("The project")).extracting(Statement::speaker)
                .containsExactly("Carlos Ruiz");
        assertThat(b.statements()).noneMatch(s -> s.text().startsWith("the musical"));
    }

    @Test
    void anOpeningPrepositionalPhraseIsNotASource() {
        Brief b = extract("In 1995 Mr Hale published a bestselling book, now widely seen as predicting the digital age.",
                "In 2004 Ms Lowe wrote to the board, saying the plan was sound.");
        assertThat(b.statements()).extracting(Statement::speaker).doesNotContain("In");
        assertThat(indirectStarting(b, "the plan was sound").speaker()).isEqualTo("Lowe");
    }

    @Test
    void aSecondVerbJoinedByButOrAndSharesTheSentencesSubject() {
        Brief b = extract("Analysts said the merger would be approved by the regulator.",
                "A spokesman for the bank refused to comment on the talks, but said any decision would come in March.",
                "But the Greens and the Liberals say the tax is unfair and believe the minister is hiding the cost.");
        assertThat(indirectStarting(b, "any decision").speaker()).isEqualTo("A spokesman");
        assertThat(indirectStarting(b, "the minister is hiding").speaker()).isEqualTo("the Greens and the Liberals");
    }

    @Test
    void accordingToReportsTheClauseAcrossTheComma() {
        Brief b = extract("Exports fell sharply in the last quarter, according to the Statistics Office.",
                "According to the central bank, inflation will stay below 2% this year.",
                "Passengers could claim 300 euros if their flight was cancelled.");
        assertThat(indirectStarting(b, "Exports fell").speaker()).isEqualTo("the Statistics Office");
        assertThat(indirectStarting(b, "inflation will stay").speaker()).isEqualTo("the central bank");
        assertThat(b.statements()).noneMatch(s -> s.text().startsWith("300 euros"));
    }

    @Test
    void pronounsGoOnTheMainSpeakerAndAgreeInGender() {
        Brief b = extract("It was no use Mr Brown promising lower taxes, argued Mr Davis. Turning to schools, he added: "
                        + "\"Every parent knows class sizes have grown under this government.\"",
                "Chief executive Tom Hale received a large bonus. A company spokeswoman said the results were poor. "
                        + "She added: \"The firm was not the only one to lose money this year.\"",
                "Opposition leader Anna Berg said the budget was weak. The opposition leader went on: "
                        + "\"Nobody believes these figures any longer in this country.\"");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("Davis", "A company spokeswoman", "Anna Berg");
    }

    @Test
    void frontedTimesBracketedAcronymsNamingVerbsAndBodiesOpeningASentenceGiveTheSource() {
        Brief b = extract("The Greens said the plan was weak.",
                "On Monday, Mr Howard said: \"It is not racist to talk about controlling immigration.\"",
                "Dr Anna Price, of the British Medical Association (BMA), welcomed the targets \"to make faster progress on waiting lists\".",
                "Labour's Kirsty Wells called the new target \"hugely unambitious and weak\".",
                "The Commons transport committee published its report. It described the agency as \"a failing organisation with many problems\".");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("Howard", "Anna Price", "Kirsty Wells", "The Commons transport committee");
    }

    @Test
    void statesAfterUnitedOrMemberAndAnInfinitiveClaimReportNothing() {
        Brief b = extract("The firm has large operations in Romania, South Africa and the United States.",
                "He added that there is good co-operation with member states, with the audit providing a \"good overview for planning the work\".",
                "Tom Reed said that for the minister to claim most payers would see no change \"is taking spin to the verge of deception\".");
        assertThat(b.statements()).noneMatch(s -> s.speaker().contains("United") || s.speaker().contains("co-operation"));
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .doesNotContain("for the minister").contains("Tom Reed");
    }

    @Test
    void objectVerbsInversionAtTheEndAndAnInnerThatKeepTheirClause() {
        Brief b = extract("The firm blamed the poor results on a wet summer and weak demand.",
                "A council spokesman said it was vital that rises were kept low.",
                "An open-ended list could damage investors' faith in the country, said Paul Hensel of the Economic Unit.",
                "But on Wednesday Prime Minister Anna Tymos said the government was planning a review.",
                "Barclays cautioned that growth this year may be slower than last year.");
        assertThat(indirectStarting(b, "the poor results").speaker()).isEqualTo("The firm");
        assertThat(indirectStarting(b, "it was vital that").speaker()).isEqualTo("A council spokesman");
        assertThat(indirectStarting(b, "An open-ended list").speaker()).isEqualTo("Paul Hensel");
        assertThat(indirectStarting(b, "the government was planning").speaker()).isEqualTo("Anna Tymos");
        assertThat(indirectStarting(b, "growth this year").speaker()).isEqualTo("Barclays");
    }

    @Test
    void theBareRoleIsNotTheShadowOneAndNumbersMakeNouns() {
        Brief b = extract("Shadow chancellor Oliver Letwin said taxes would rise.",
                "Chancellor Gordon Brown said the economy was strong.",
                "The chancellor said: \"We have the lowest unemployment for a generation.\"",
                "The firm faces 1,000 similar claims in 35 states, adding $1.89 to its costs.");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Gordon Brown"));
        assertThat(b.statements()).noneMatch(s -> s.paragraph() == 4);
    }

    @Test
    void aNamedSourceWithARoleGoesOnAndAdverbialsAndRolesAroundTheSubjectAreSkipped() {
        Brief b = extract("\"The dollar moved sharply overnight and oil is following it,\" said Chris Furness, a strategist at 4Cast.",
                "\"We do not need to cut supply now,\" Fathi Bin Shatwan, Libya's oil minister, told Reuters. "
                        + "\"Prices would have to fall sharply first,\" he added.",
                "Robert Napier, 25, won compensation after he claimed he suffered eczema in prison.",
                "To a packed audience in Leeds, the chancellor said the cuts would hurt every school.",
                "More money is to be given to councils for caravan sites, said housing minister Yvette Cooper.");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("Chris Furness", "Fathi Bin Shatwan", "Fathi Bin Shatwan");
        assertThat(indirectStarting(b, "he suffered").speaker()).isEqualTo("Robert Napier");
        assertThat(indirectStarting(b, "the cuts would").speaker()).isEqualTo("the chancellor");
        assertThat(indirectStarting(b, "More money").speaker()).isEqualTo("Yvette Cooper");
    }
    @Test
    void insuranceClaimsAreANounAndToMaintainALineIsNoSpeech() {
        Brief b = extract("Insurer Halvard Re said floods in central Europe had seen property claims reach 3bn euros.",
                "The largest claims came from Germany. A backlog of claims is still building up.",
                "The group sold its stake in Tube Lines, which maintains the Jubilee and Northern lines.",
                "Amid opposition claims he was too bullish, the chancellor held firm. Mr Brown claims the figures are sound.");
        assertThat(indirectStarting(b, "floods in central Europe").speaker()).isEqualTo("Halvard Re");  // "Insurer" describes the firm
        assertThat(b.statements()).extracting(Statement::text).hasSize(3)
                .noneMatch(t -> t.contains("Germany") || t.contains("backlog") || t.contains("Jubilee"))
                .anyMatch(t -> t.startsWith("he was too bullish")).contains("the figures are sound");
    }

    @Test
    void anOpeningAskedClauseAHeAddedAfterABodyAndWhatWasNotSaid() {
        Brief b = extract("Union leader Sara Holt said the closure was a disaster for the town.",
                "Asked about the mill on Friday, Mr Dray said he thought the sale was a mistake.",
                "The state oil company told Reuters that output was stable. However, the strike did not mean exports had stopped, he added.",
                "The firm has neither admitted nor denied wrongdoing in the settlement. It did not reveal that it had paid the directors.");
        assertThat(indirectStarting(b, "the sale was").speaker()).isEqualTo("Dray");
        assertThat(indirectStarting(b, "However, the strike").speaker()).isEqualTo("The state oil company");
        assertThat(b.statements()).extracting(Statement::text).noneMatch(t -> t.contains("wrongdoing") || t.contains("paid the directors"));
    }
    @Test
    void aLeftoverHeSaidRepeatsTheNamedSourceAndAccordingToOpeningASentenceReportsAllOfIt() {
        Brief b = extract("Finance minister Petra Lindqvist defended the budget on Monday.",
                "Opposition leader Tomas Berglund said: \"This budget will hurt every family in the country,\" he said.",
                "According to the regulator, most households had found the price rises \"very hard to bear\".");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("Tomas Berglund", "the regulator");
        assertThat(indirectStarting(b, "the price rises").speaker()).isEqualTo("the regulator");
    }

    @Test
    void callsForSomethingAndAnAcceptedResponsibilityAreReported() {
        Brief b = extract("A committee of MPs called on Monday for a complete review of the prison service.",
                "The brewer said it accepted full responsibility for the contamination, adding that it had recalled all affected bottles.",
                "The so called reform was dropped.");
        assertThat(indirectStarting(b, "a complete review").speaker()).isEqualTo("A committee of MPs");
        assertThat(indirectStarting(b, "it accepted").text()).isEqualTo("it accepted full responsibility for the contamination");
        assertThat(indirectStarting(b, "it had recalled").speaker()).isEqualTo("The brewer");
        assertThat(b.statements()).hasSize(3);
    }
    @Test
    void theSourceIsTheSubjectNotAnOpeningAdverbialADescriptorARelativeClauseOrAnAuxiliary() {
        Brief b = extract("Ahead of the board meeting, a union spokeswoman said: \"We will not accept any cuts to the night shift.\"",
                "Canadian miner Northgate Metals has posted record profits and declared itself \"ready for further expansion\".",
                "The bank, whose branches stretch from Leeds to Plymouth, forecast slower growth for next year.",
                "The regulator, which was set up in 2001, said the rules were too weak.",
                "Rail fares are far too high for commuters, the passenger watchdog has said.",
                "Prosecutors have alleged that Mr Dunn moved the funds to a private account.");
        assertThat(b.statements()).extracting(Statement::speaker).containsExactly("a union spokeswoman", "Canadian miner Northgate Metals",
                "The bank", "The regulator", "the passenger watchdog", "Prosecutors");
        assertThat(indirectStarting(b, "the rules were").speaker()).isEqualTo("The regulator");
    }
    @Test
    void anAdmissionToAnActIsReported() {
        Brief b = extract("Ms Ray admitted to shredding the company's records before the audit.");
        assertThat(indirectStarting(b, "shredding").speaker()).isEqualTo("Ray");
    }
    @Test
    void aQuoteAfterWithXBrandingAndAColonLeadInBeforeANewClause() {
        Brief b = extract("The Greens are also expected to oppose the bill, with party chairman Marcus Oyelaran calling it a \"charter for polluters and speculators\".",
                "Shadow minister Kate Moor said: \"The figures do not add up for anyone in the valley.\" And Finance Minister Leo Hart said the opposition sums were wrong.");
        assertThat(b.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).extracting(Statement::speaker)
                .containsExactly("Marcus Oyelaran", "Kate Moor");
    }
    @Test
    void aSentenceOpeningOnHeKeepsItsPersonForTheNextHeSaid() {
        Brief b = extract("Former deputy Mark Lund gave evidence against his old boss Peter Hall. He portrayed Mr Hall, a former naval "
                + "officer who founded the firm in 1990, as obsessed with secrecy. \"He would lock the files in his car every night,\" he said.");
        assertThat(b.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Mark Lund"));
    }
    @Test
    void aQuoteAfterWhatHeSaysIsTheSentencesOwnSubjects() {
        Brief b = extract("Mayor Ann Boyd said: \"The streets are cleaner than they have ever been.\"",
                "Opposition spokesman Tom Reilly is on Friday setting out a plan to tackle what he says are \"serious staff shortages in the parks\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsExactly("Ann Boyd", "Tom Reilly");
    }
    @Test
    void aShortEvaluationKeepsItsVerbAndAPromiseSaysWhatIsPromised() {
        Brief b = extract("Health spokeswoman Nicola Sturgeon welcomed the move.",
                "The Tories promised to keep the payments for pensioners.",
                "The firm hopes to launch the service in March.");
        assertThat(b.statements()).extracting(Statement::text)
                .containsExactly("welcomed the move", "to keep the payments for pensioners");
    }
    @Test
    void aBusinessDescriptorOrAPortfolioBeforeANameIsNoPartOfAPerson() {
        Brief b = extract("Defence Procurement minister Lord Bach said the project was on track.",
                "Analyst Mary Cole said the figures were strong.");
        assertThat(b.persons()).extracting(p -> p.name()).containsExactlyInAnyOrder("Lord Bach", "Mary Cole");
    }
}
