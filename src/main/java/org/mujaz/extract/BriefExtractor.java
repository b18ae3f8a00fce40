package org.mujaz.extract;

import java.util.List;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Lang;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;
import org.mujaz.model.Topic;

/**
 * Turns an article into a brief: summary, statements, next steps, persons, organisations, topics and
 * warnings. Thread-safe after construction: every call builds its own per-article state.
 */
public final class BriefExtractor {

    private final List<Topic> taxonomy;
    private final List<KnownPerson> gazetteer;
    private final TopicMatcher topics;

    public BriefExtractor(List<Topic> taxonomy, List<KnownPerson> gazetteer) {
        this.taxonomy = List.copyOf(taxonomy == null ? List.of() : taxonomy);
        this.gazetteer = List.copyOf(gazetteer == null ? List.of() : gazetteer);
        this.topics = new TopicMatcher(this.taxonomy);
    }

    /** Never throws on odd text: whatever cannot be resolved becomes a warning. */
    public Brief extract(Article article) {
        Warnings warnings = new Warnings();
        try {
            return build(article, warnings);
        } catch (RuntimeException e) {
            warnings.add(0, "extraction stopped early: " + e.getClass().getSimpleName());
            return new Brief(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), warnings.list());
        }
    }

    private Brief build(Article article, Warnings warnings) {
        Lang lang = article.lang() == null ? Lang.AR : article.lang();
        LanguageRules rules = lang == Lang.AR ? ArabicRules.INSTANCE : EnglishRules.INSTANCE;
        List<Paragraph> paragraphs = Paragraph.readAll(article.paragraphs());
        PersonExtractor personExtractor = new PersonExtractor(lang, gazetteer);
        PersonRegistry registry = personExtractor.registry(paragraphs, article.persons());
        SpeakerResolver resolver = new SpeakerResolver(rules, registry);
        List<Statement> statements = new StatementExtractor(lang, resolver, warnings).extract(paragraphs);
        personExtractor.addRepeatedSpeakers(registry, statements);
        DateResolver dates = new DateResolver(lang, article.date(), warnings);
        List<NextStep> steps = new NextStepExtractor(lang, rules, dates, registry).extract(paragraphs, statements);
        dates.checkAll(paragraphs);
        List<Person> persons = personExtractor.persons(registry);
        List<String> organisations = new OrganisationFinder(rules).find(paragraphs);
        List<Topic> found = topics.match(lang, paragraphs, article.topics(), article.title());
        List<String> summary = new SummaryRanker(lang).summarise(paragraphs);
        return new Brief(article, summary, statements, steps, persons, organisations, found, warnings.list());
    }
}
