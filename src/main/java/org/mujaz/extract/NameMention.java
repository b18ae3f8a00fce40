package org.mujaz.extract;

/**
 * A person's name as it occurs in the text, titles removed.
 *
 * @param name  the name words as written
 * @param role  the role or title the text gives beside it, or ""
 * @param start offset of the name in its paragraph
 */
record NameMention(String name, String role, int paragraph, int start, int end) {
}
