package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.SourcePosition;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.BriefEdits;
import org.mujaz.model.BriefEdits.Line;
import org.mujaz.model.BriefEdits.StatementFix;
import org.mujaz.model.BriefEdits.StepFix;
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

    private final Article article;
    private final BriefEdits edits;
    private final Consumer<Diagnostic> warnings;

    private BriefEditor(Article article, BriefEdits edits, Consumer<Diagnostic> warnings) {
        this.article = article;
        this.edits = edits;
        this.warnings = warnings;
    }

    public static Brief apply(Brief brief, BriefEdits edits, Consumer<Diagnostic> warnings) {
        if (edits == null || edits.isEmpty()) return brief;
        return new BriefEditor(brief.article(), edits, warnings).edit(brief);
    }

    private Brief edit(Brief brief) {
        List<String> summary = brief.summary();
        if (!edits.summary().isEmpty()) {
            summary = new ArrayList<>();
            for (Line<String> s : edits.summary()) {
                if (paragraphOf(s.value()) == 0) warn(s, "summary sentence is not in the article any more");
                summary.add(s.value());
            }
        }
        // Each kind of item: drop, then fix, then add, so that a fix never lands on an added item.
        List<Statement> statements = drop(brief.statements(), edits.dropStatements(), Statement::text, "statement");
        statements = fix(statements, edits.fixStatements(), Statement::text, StatementFix::match, BriefEditor::fixed, "statement");
        add(statements, edits.addStatements(), Statement::text, BriefEditor::at, "statement");
        List<NextStep> steps = drop(brief.nextSteps(), edits.dropSteps(), NextStep::text, "next step");
        steps = fix(steps, edits.fixSteps(), NextStep::text, StepFix::match, BriefEditor::fixed, "next step");
        add(steps, edits.addSteps(), NextStep::text, BriefEditor::at, "next step");
        List<Person> persons = drop(brief.persons(), edits.dropPersons(), Person::name, "person");
        for (Line<Person> add : edits.addPersons()) {
            Person p = add.value();
            persons.add(p.nameEn().isEmpty() ? new Person(p.name(), NameRomaniser.romanise(p.name()), true, p.role()) : p);
        }
        return new Brief(article, summary, statements, steps, persons, brief.organisations(), brief.topics(), brief.warnings());
    }

    private static Statement fixed(Statement s, StatementFix f) {
        return new Statement(or(f.speaker(), s.speaker()), or(f.role(), s.role()), s.text(), f.kind() == null ? s.kind() : f.kind(), s.paragraph());
    }

    /** An editor's date is a day; without one the step keeps its own date and precision. */
    private static NextStep fixed(NextStep s, StepFix f) {
        return f.when() == null
                ? new NextStep(s.text(), or(f.actor(), s.actor()), s.when(), s.precision(), s.whenText(), s.paragraph())
                : new NextStep(s.text(), or(f.actor(), s.actor()), f.when(), DatePrecision.DAY, s.whenText(), s.paragraph());
    }

    private static Statement at(Statement s, int paragraph) { return new Statement(s.speaker(), s.role(), s.text(), s.kind(), paragraph); }

    private static NextStep at(NextStep s, int paragraph) {
        return new NextStep(s.text(), s.actor(), s.when(), s.precision(), s.whenText(), paragraph);
    }

    private <T> List<T> drop(List<T> in, List<Line<String>> drops, Function<T, String> text, String what) {
        List<T> out = new ArrayList<>(in);
        for (Line<String> d : drops) {
            if (!out.removeIf(item -> contains(text.apply(item), d.value()))) warn(d, "no " + what + " matches '" + d.value() + "' any more");
        }
        return out;
    }

    /** Every item whose text holds a fix's match gets the fix. */
    private <T, F> List<T> fix(List<T> in, List<Line<F>> fixes, Function<T, String> text, Function<F, String> match,
            BiFunction<T, F, T> fixed, String what) {
        List<T> out = new ArrayList<>(in);
        for (Line<F> fix : fixes) {
            String m = match.apply(fix.value());
            boolean hit = false;
            for (int i = 0; i < out.size(); i++) {
                if (!contains(text.apply(out.get(i)), m)) continue;
                hit = true;
                out.set(i, fixed.apply(out.get(i), fix.value()));
            }
            if (!hit) warn(fix, "no " + what + " matches '" + m + "' any more");
        }
        return out;
    }

    /** An added item goes in at the paragraph that holds its words; one whose words left the article is skipped. */
    private <T> void add(List<T> out, List<Line<T>> adds, Function<T, String> text, BiFunction<T, Integer, T> at, String what) {
        for (Line<T> add : adds) {
            int p = paragraphOf(text.apply(add.value()));
            if (p == 0) warn(add, "added " + what + " is not in the article any more; skipped");
            else out.add(at.apply(add.value(), p));
        }
    }

    /** 1-based paragraph holding the words of {@code text}, or 0. */
    private int paragraphOf(String text) {
        for (int i = 0; i < article.paragraphs().size(); i++) if (contains(article.paragraphs().get(i), text)) return i + 1;
        return 0;
    }

    private static boolean contains(String outer, String inner) {
        return WordKey.containsWords(WordKey.foldedWords(outer), WordKey.foldedWords(inner));
    }

    private static String or(String a, String b) { return a == null ? b : a; }

    private void warn(Line<?> at, String message) {
        warnings.accept(Diagnostic.warning(SourcePosition.of(edits.file(), at.line()), message));
    }
}
