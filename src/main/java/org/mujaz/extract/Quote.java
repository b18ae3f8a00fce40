package org.mujaz.extract;

/**
 * Words inside quotation marks in one paragraph.
 *
 * @param open   index of the opening mark in the paragraph
 * @param close  index of the closing mark, or the paragraph length when the quote is never closed
 * @param text   the words inside the marks, trimmed
 */
record Quote(int paragraph, int open, int close, String text, boolean closed) {

    int wordCount() { return WordKey.tokens(text).size(); }
}
