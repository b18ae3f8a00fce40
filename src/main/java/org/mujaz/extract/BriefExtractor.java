package org.mujaz.extract;

import java.util.List;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Topic;

/** Placeholder until the extraction stage lands on main: the lead paragraph as summary, nothing else. */
public final class BriefExtractor {

    public BriefExtractor(List<Topic> taxonomy, List<KnownPerson> gazetteer) {
    }

    public Brief extract(Article article) {
        return new Brief(article, List.of(article.paragraphs().get(0)), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
