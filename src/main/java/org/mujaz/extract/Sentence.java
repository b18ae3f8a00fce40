package org.mujaz.extract;

/**
 * One sentence of a paragraph.
 *
 * @param paragraph 1-based paragraph number
 * @param start     start offset in the paragraph
 * @param end       end offset (exclusive) in the paragraph
 * @param text      the original sentence text
 * @param masked    the same span with quote contents blanked (see {@link QuoteFinder#mask})
 */
record Sentence(int paragraph, int start, int end, String text, String masked) {
}
