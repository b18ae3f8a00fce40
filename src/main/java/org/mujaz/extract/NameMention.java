package org.mujaz.extract;

/**
 * A person's name as it occurs in the text, titles removed.
 *
 * @param name  the name words as written
 * @param role  the role or title the text gives beside it, or ""
 * @param start offset of the name in its paragraph
 * @param sure  false when only weak evidence (a verb of saying or an adjective before it) suggests a name;
 *              such a mention needs its last word to recur in the article
 */
record NameMention(String name, String role, int paragraph, int start, int end, boolean sure) {

    NameMention(String name, String role, int paragraph, int start, int end) {
        this(name, role, paragraph, start, end, true);
    }
}
