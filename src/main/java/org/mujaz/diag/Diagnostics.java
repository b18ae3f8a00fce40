package org.mujaz.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded, thread-safe list of diagnostics: a corpus of broken files reports the first problems and a count,
 * instead of flooding the terminal.
 */
public final class Diagnostics {

    private final int limit;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int errors;
    private int warnings;

    public Diagnostics(int limit) { this.limit = limit; }

    public Diagnostics() { this(200); }

    public synchronized void add(Diagnostic d) {
        if (d.isError()) errors++; else warnings++;
        if (kept.size() < limit) kept.add(d);
    }

    public synchronized List<Diagnostic> all() { return List.copyOf(kept); }

    public synchronized int errorCount() { return errors; }

    public synchronized int warningCount() { return warnings; }

    public synchronized boolean hasErrors() { return errors > 0; }

    /** How many were counted but not kept because the list was full. */
    public synchronized int dropped() { return errors + warnings - kept.size(); }
}
