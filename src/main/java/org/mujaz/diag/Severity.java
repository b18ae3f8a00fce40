package org.mujaz.diag;

/** How serious a diagnostic is: errors stop the build (load, config) or skip an article. */
public enum Severity {
    ERROR, WARNING;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
