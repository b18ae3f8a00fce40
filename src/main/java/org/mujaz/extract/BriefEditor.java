package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.SourcePosition;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.BriefEdits;
import org.mujaz.model.BriefEdits.Line;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;

/**
 * Applies an editor's corrections to an extracted brief. Items are found by their words (spelling variants
 * folded), so a fix survives re-extraction; an edit that no longer matches the article or the brief is a warning
 * naming the edits file and line, and is skipped rather than guessed.
 */
public final class BriefEditor {

    private BriefEditor() {
    }

    public static Brief apply(Brief brief, BriefEdits edits, Consumer<Diagnostic> warnings) {
        if (edits == null || edits.isEmpty()) return brief;
        Article a = brief.article();
        List<String> summary = brief.summary();
        if (!edits.summary().isEmpty()) {
            summary = new ArrayList<>();
            for (Line<String> s : edits.summary()) {
                if (paragraphOf(a, s.value()) == 0) warn(warnings, edits, s, "summary sentence is not in the article any more");
                summary.add(s.value());
            }
        }
        List<Statement> statements = drop(brief.statements(), edits.dropStatements(), Statement::text, edits, warnings, "statement");
        statements = fixStatements(statements, edits, warnings);
        for (Line<Statement> add : edits.addStatements()) {
            int p = paragraphOf(a, add.value().text());
            if (p == 0) warn(warnings, edits, add, "added statement is not in the article any more; skipped");
            else statements.add(new Statement(add.value().speaker(), add.value().role(), add.value().text(), add.value().kind(), p));
        }
        List<NextStep> steps = drop(brief.nextSteps(), edits.dropSteps(), NextStep::text, edits, warnings, "next step");
        steps = fixSteps(steps, edits, warnings);
        for (Line<NextStep> add : edits.addSteps()) {
            NextStep s = add.value();
            int p = paragraphOf(a, s.text());
            if (p == 0) warn(warnings, edits, add, "added next step is not in the article any more; skipped");
            else steps.add(new NextStep(s.text(), s.actor(), s.when(), s.whenText(), p));
        }
        List<Person> persons = drop(brief.persons(), edits.dropPersons(), Person::name, edits, warnings, "person");
        for (Line<Person> add : edits.addPersons()) {
            Person p = add.value();
            persons.add(p.nameEn().isEmpty() ? new Person(p.name(), NameRomaniser.romanise(p.name()), true, p.role()) : p);
        }
        return new Brief(a, summary, statements, steps, persons, brief.organisations(), brief.topics(), brief.warnings());
    }

    private static List<Statement> fixStatements(List<Statement> in, BriefEdits edits, Consumer<Diagnostic> warnings) {
        List<Statement> out = new ArrayList<>(in);
        for (Line<BriefEdits.StatementFix> fix : edits.fixStatements()) {
            var f = fix.value();
            boolean hit = false;
            for (int i = 0; i < out.size(); i++) {
                Statement s = out.get(i);
                if (!contains(s.text(), f.match())) continue;
                hit = true;
                out.set(i, new Statement(or(f.speaker(), s.speaker()), or(f.role(), s.role()), s.text(),
                        f.kind() == null ? s.kind() : f.kind(), s.paragraph()));
            }
            if (!hit) warn(warnings, edits, fix, "no statement matches '" + f.match() + "' any more");
        }
        return out;
    }

    private static List<NextStep> fixSteps(List<NextStep> in, BriefEdits edits, Consumer<Diagnostic> warnings) {
        List<NextStep> out = new ArrayList<>(in);
        for (Line<BriefEdits.StepFix> fix : edits.fixSteps()) {
            var f = fix.value();
            boolean hit = false;
            for (int i = 0; i < out.size(); i++) {
                NextStep s = out.get(i);
                if (!contains(s.text(), f.match())) continue;
                hit = true;
                out.set(i, f.when() == null
                        ? new NextStep(s.text(), or(f.actor(), s.actor()), s.when(), s.precision(), s.whenText(), s.paragraph())
                        : new NextStep(s.text(), or(f.actor(), s.actor()), f.when(), DatePrecision.DAY, s.whenText(), s.paragraph()));
            }
            if (!hit) warn(warnings, edits, fix, "no next step matches '" + f.match() + "' any more");
        }
        return out;
    }

    private static <T> List<T> drop(List<T> in, List<Line<String>> drops, Function<T, String> text, BriefEdits edits,
            Consumer<Diagnostic> warnings, String what) {
        List<T> out = new ArrayList<>(in);
        for (Line<String> d : drops) {
            if (!out.removeIf(item -> contains(text.apply(item), d.value()))) {
                warn(warnings, edits, d, "no " + what + " matches '" + d.value() + "' any more");
            }
        }
        return out;
    }

    /** 1-based paragraph holding the words of {@code text}, or 0. */
    private static int paragraphOf(Article a, String text) {
        for (int i = 0; i < a.paragraphs().size(); i++) if (contains(a.paragraphs().get(i), text)) return i + 1;
        return 0;
    }

    private static boolean contains(String outer, String inner) {
        return WordKey.containsWords(WordKey.foldedWords(outer), WordKey.foldedWords(inner));
    }

    private static String or(String a, String b) { return a == null ? b : a; }

    private static void warn(Consumer<Diagnostic> warnings, BriefEdits edits, Line<?> at, String message) {
        warnings.accept(Diagnostic.warning(SourcePosition.of(edits.file(), at.line()), message));
    }
}
