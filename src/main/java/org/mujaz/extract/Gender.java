package org.mujaz.extract;

/**
 * Grammatical gender (and plural number) of a verb of saying or of a source, for agreement in carry-over;
 * UNKNOWN agrees with everything.
 */
enum Gender {
    MASCULINE, FEMININE, PLURAL, UNKNOWN;

    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
