package org.mujaz.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An editor's corrections to one brief, kept beside the article ({@code NAME.brief.yaml} or a {@code brief:} block
 * in front matter) so that they survive every rebuild. Items are matched against the extracted brief by text.
 *
 * @param file    where the edits were written (for warnings)
 * @param summary replacement summary sentences, or empty to keep the extracted summary
 */
public record BriefEdits(
        Path file,
        List<Line<String>> summary,
        List<Line<Statement>> addStatements,
        List<Line<StatementFix>> fixStatements,
        List<Line<String>> dropStatements,
        List<Line<NextStep>> addSteps,
        List<Line<StepFix>> fixSteps,
        List<Line<String>> dropSteps,
        List<Line<Person>> addPersons,
        List<Line<String>> dropPersons) {

    /** A value and the line of the edits file it came from. */
    public record Line<T>(T value, int line) {
    }

    /** Corrects the statement whose text contains {@code match}; null fields are left as extracted. */
    public record StatementFix(String match, String speaker, String role, StatementKind kind) {
    }

    /** Corrects the next step whose text contains {@code match}; null fields are left as extracted. */
    public record StepFix(String match, String actor, LocalDate when) {
    }

    public boolean isEmpty() {
        return summary.isEmpty() && addStatements.isEmpty() && fixStatements.isEmpty() && dropStatements.isEmpty()
                && addSteps.isEmpty() && fixSteps.isEmpty() && dropSteps.isEmpty() && addPersons.isEmpty() && dropPersons.isEmpty();
    }
}
