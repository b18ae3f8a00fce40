package org.mujaz.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.mujaz.config.YamlNode;
import org.mujaz.config.YamlReader;
import org.mujaz.model.BriefEdits;
import org.mujaz.model.BriefEdits.Line;
import org.mujaz.model.BriefEdits.StatementFix;
import org.mujaz.model.BriefEdits.StepFix;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/**
 * Reads an editor's corrections to a brief, from {@code NAME.brief.yaml} beside the article or from a
 * {@code brief:} block in its front matter:
 * <pre>
 * summary: ["…", "…"]                       # replaces the extracted summary
 * statements:
 *   add:  [{speaker: …, role: …, kind: direct, text: "…"}]
 *   fix:  [{match: "words of the statement", speaker: …, role: …, kind: indirect}]
 *   drop: ["words of a wrong statement"]
 * nextSteps:
 *   add:  [{text: "…", actor: …, when: 2021-05-01}]
 *   fix:  [{match: "…", actor: …, when: …}]
 *   drop: ["…"]
 * persons:
 *   add:  [{name: …, nameEn: …, role: …}]
 *   drop: ["name"]
 * </pre>
 */
public final class BriefEditsReader {

    private BriefEditsReader() {
    }

    /** The sidecar that holds edits for an article: {@code a.md} and {@code a.txt} both use {@code a.brief.yaml}. */
    public static Path sidecarOf(Path article) {
        String n = article.getFileName().toString();
        return article.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".brief.yaml");
    }

    public static BriefEdits readSidecar(Path file) {
        return read(YamlReader.parse(file, SourceText.read(file), 1));
    }

    public static boolean isSidecar(Path file) { return file.getFileName().toString().endsWith(".brief.yaml"); }

    public static BriefEdits read(YamlNode doc) {
        doc.requireKnownKeys(Set.of("summary", "statements", "nextSteps", "persons"), "brief edits");
        YamlNode st = section(doc, "statements");
        YamlNode ns = section(doc, "nextSteps");
        YamlNode ps = section(doc, "persons");
        return new BriefEdits(doc.file(),
                lines(doc.get("summary"), YamlNode::text),
                lines(st.get("add"), BriefEditsReader::statement),
                lines(st.get("fix"), BriefEditsReader::statementFix),
                lines(st.get("drop"), YamlNode::text),
                lines(ns.get("add"), BriefEditsReader::step),
                lines(ns.get("fix"), BriefEditsReader::stepFix),
                lines(ns.get("drop"), YamlNode::text),
                lines(ps.get("add"), BriefEditsReader::person),
                lines(ps.get("drop"), YamlNode::text));
    }

    private static YamlNode section(YamlNode doc, String key) {
        YamlNode n = doc.get(key);
        if (n == null || n.isNull()) return YamlReader.parse(doc.file(), "{}", doc.line());
        n.requireKnownKeys(Set.of("add", "fix", "drop"), key);
        return n;
    }

    private static <T> List<Line<T>> lines(YamlNode list, Function<YamlNode, T> read) {
        List<Line<T>> out = new ArrayList<>();
        if (list == null) return out;
        for (YamlNode item : list.items()) out.add(new Line<>(read.apply(item), item.line()));
        return out;
    }

    private static Statement statement(YamlNode n) {
        n.requireKnownKeys(Set.of("speaker", "role", "kind", "text"), "an added statement");
        return new Statement(required(n, "speaker"), n.text("role", ""), required(n, "text"),
                kind(n, StatementKind.DIRECT), 0);
    }

    private static StatementFix statementFix(YamlNode n) {
        n.requireKnownKeys(Set.of("match", "speaker", "role", "kind"), "a statement fix");
        return new StatementFix(required(n, "match"), n.text("speaker", null), n.text("role", null), kind(n, null));
    }

    private static NextStep step(YamlNode n) {
        n.requireKnownKeys(Set.of("text", "actor", "when"), "an added next step");
        return new NextStep(required(n, "text"), n.text("actor", ""), FrontMatter.date(n.get("when")), n.text("when", ""), 0);
    }

    private static StepFix stepFix(YamlNode n) {
        n.requireKnownKeys(Set.of("match", "actor", "when"), "a next-step fix");
        return new StepFix(required(n, "match"), n.text("actor", null), FrontMatter.date(n.get("when")));
    }

    private static Person person(YamlNode n) {
        n.requireKnownKeys(Set.of("name", "nameEn", "role"), "an added person");
        String nameEn = n.text("nameEn", null);
        return new Person(required(n, "name"), nameEn == null ? "" : nameEn, nameEn == null, n.text("role", ""));
    }

    private static StatementKind kind(YamlNode n, StatementKind fallback) {
        String k = n.text("kind", null);
        if (k == null) return fallback;
        try {
            return StatementKind.valueOf(k.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw n.get("kind").error("kind must be direct or indirect, not '" + k + "'", null);
        }
    }

    private static String required(YamlNode n, String key) {
        String v = n.text(key, null);
        if (v == null || v.isBlank()) throw n.error("missing '" + key + "'", null);
        return v.strip();
    }

    static boolean exists(Path article) { return Files.isRegularFile(sidecarOf(article)); }
}
