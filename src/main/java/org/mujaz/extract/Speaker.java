package org.mujaz.extract;

/** A resolved source of speech: its fullest form and the role the text gives it. */
record Speaker(String name, String role, boolean person) {

    static final Speaker NONE = new Speaker("", "", false);

    boolean isNone() { return name.isEmpty(); }
}
