package org.mujaz.model;

/**
 * Reported speech: who said what.
 *
 * @param speaker   fullest form of the source (person, organisation or document), or "" when unknown
 * @param role      the speaker's role as the text gives it, or ""
 * @param text      the quoted or reported words
 * @param paragraph 1-based paragraph number in the article body
 */
public record Statement(String speaker, String role, String text, StatementKind kind, int paragraph) {
}
