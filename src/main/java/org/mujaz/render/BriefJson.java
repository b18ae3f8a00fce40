package org.mujaz.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mujaz.model.Brief;
import org.mujaz.model.BriefWarning;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;
import org.mujaz.model.Topic;

/**
 * A brief as JSON, the shape {@code mujaz extract} prints and {@code ../shared/eval/score} reads.
 * Field order is fixed so that output is byte-stable (golden files, diffs).
 */
public final class BriefJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BriefJson() {
    }

    /** One line, no trailing newline. */
    public static String line(Brief brief) { return write(MAPPER, brief); }

    /** Indented, for golden files and {@code --format json}. */
    public static String pretty(Brief brief) { return write(PRETTY, brief); }

    public static ObjectNode tree(Brief b) {
        ObjectNode o = MAPPER.createObjectNode();
        var a = b.article();
        o.put("source", a.source().toString());
        o.put("id", a.id());
        o.put("lang", a.lang().code());
        o.put("title", a.title());
        o.put("date", a.date() == null ? null : a.date().toString());
        ArrayNode summary = o.putArray("summary");
        b.summary().forEach(summary::add);
        ArrayNode statements = o.putArray("statements");
        for (Statement s : b.statements()) {
            statements.addObject().put("speaker", s.speaker()).put("role", s.role()).put("text", s.text())
                    .put("kind", s.kind().code()).put("paragraph", s.paragraph());
        }
        ArrayNode steps = o.putArray("nextSteps");
        for (NextStep s : b.nextSteps()) {
            steps.addObject().put("text", s.text()).put("actor", s.actor())
                    .put("when", s.when() == null ? null : s.when().toString())
                    .put("whenPrecision", s.precision() == null ? null : s.precision().code()).put("whenText", s.whenText())
                    .put("paragraph", s.paragraph());
        }
        ArrayNode persons = o.putArray("persons");
        for (Person p : b.persons()) {
            persons.addObject().put("name", p.name()).put("nameEn", p.nameEn())
                    .put("nameEnAutomatic", p.nameEnAutomatic()).put("role", p.role());
        }
        ArrayNode orgs = o.putArray("organisations");
        b.organisations().forEach(orgs::add);
        ArrayNode topics = o.putArray("topics");
        for (Topic t : b.topics()) topics.addObject().put("id", t.id()).put("ar", t.ar()).put("en", t.en());
        ArrayNode warnings = o.putArray("warnings");
        for (BriefWarning w : b.warnings()) warnings.addObject().put("paragraph", w.paragraph()).put("message", w.message());
        return o;
    }

    private static String write(ObjectMapper mapper, Brief brief) {
        try {
            return mapper.writeValueAsString(tree(brief));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a brief tree is always serialisable", e);
        }
    }
}
