package org.mujaz.site;

import java.util.List;
import org.mujaz.model.Brief;
import org.mujaz.model.Topic;

/** A topic with its URL slug and its briefs, newest first. */
public record TopicEntry(Topic topic, String slug, List<Brief> briefs) {

    public TopicEntry {
        briefs = List.copyOf(briefs);
    }
}
