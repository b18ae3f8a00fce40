package org.mujaz.model;

import java.util.List;

/** The structured digest of one article: what the site renders and {@code mujaz extract} prints. */
public record Brief(
        Article article,
        List<String> summary,
        List<Statement> statements,
        List<NextStep> nextSteps,
        List<Person> persons,
        List<String> organisations,
        List<Topic> topics,
        List<BriefWarning> warnings) {

    public Brief {
        summary = List.copyOf(summary);
        statements = List.copyOf(statements);
        nextSteps = List.copyOf(nextSteps);
        persons = List.copyOf(persons);
        organisations = List.copyOf(organisations);
        topics = List.copyOf(topics);
        warnings = List.copyOf(warnings);
    }

    public Lang lang() { return article.lang(); }
}
