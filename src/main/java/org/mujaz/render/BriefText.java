package org.mujaz.render;

import org.mujaz.model.Brief;
import org.mujaz.model.BriefWarning;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;
import org.mujaz.model.Topic;

/** A brief as plain text for an editor's review in a terminal ({@code mujaz extract --format text}). */
public final class BriefText {

    private BriefText() {
    }

    public static String of(Brief b) {
        StringBuilder sb = new StringBuilder();
        var a = b.article();
        sb.append("== ").append(a.title()).append('\n');
        sb.append(a.source()).append(" | ").append(a.lang().code()).append(" | ")
                .append(a.date() == null ? "undated" : a.date().toString()).append('\n');
        sb.append("\nSummary\n");
        for (String s : b.summary()) sb.append("  - ").append(s).append('\n');
        sb.append("\nStatements (").append(b.statements().size()).append(")\n");
        for (Statement s : b.statements()) {
            sb.append("  [¶").append(s.paragraph()).append(' ').append(s.kind().code()).append("] ")
                    .append(s.speaker().isEmpty() ? "?" : s.speaker());
            if (!s.role().isEmpty()) sb.append(" (").append(s.role()).append(')');
            sb.append(": ").append(s.text()).append('\n');
        }
        sb.append("\nNext steps (").append(b.nextSteps().size()).append(")\n");
        for (NextStep s : b.nextSteps()) {
            sb.append("  [¶").append(s.paragraph()).append("] ").append(s.actor().isEmpty() ? "?" : s.actor());
            if (s.when() != null) sb.append(" @ ").append(s.precision().iso(s.when()))
                    .append(s.precision() == org.mujaz.model.DatePrecision.QUARTER ? "-Q" + ((s.when().getMonthValue() + 2) / 3) : "");
            sb.append(": ").append(s.text()).append('\n');
        }
        sb.append("\nPersons: ");
        for (Person p : b.persons()) {
            sb.append(p.name()).append(" / ").append(p.nameEn()).append(p.nameEnAutomatic() ? "*" : "");
            if (!p.role().isEmpty()) sb.append(" (").append(p.role()).append(')');
            sb.append("; ");
        }
        sb.append("\nOrganisations: ").append(String.join("; ", b.organisations()));
        sb.append("\nTopics: ");
        for (Topic t : b.topics()) sb.append(t.id()).append(' ');
        sb.append('\n');
        if (!b.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            for (BriefWarning w : b.warnings()) sb.append("  ¶").append(w.paragraph()).append(": ").append(w.message()).append('\n');
        }
        return sb.toString();
    }
}
