package org.mujaz.model;

/** Whether a statement reproduces words inside quotation marks or reports them. */
public enum StatementKind {
    DIRECT, INDIRECT;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
