package org.mujaz.extract;

/** Grammatical gender of a verb of saying or of a source, for agreement in carry-over; UNKNOWN agrees with both. */
enum Gender {
    MASCULINE, FEMININE, UNKNOWN;

    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
