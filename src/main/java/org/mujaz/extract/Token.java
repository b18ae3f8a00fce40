package org.mujaz.extract;

/** A word of a text with its character span, so rules can look at neighbours and cut the original text. */
record Token(String text, int start, int end) {
}
