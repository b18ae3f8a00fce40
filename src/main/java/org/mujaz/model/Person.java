package org.mujaz.model;

/**
 * A named individual mentioned in an article.
 *
 * @param name            the fullest form in the article's language
 * @param nameEn          English name (from the gazetteer, or romanised)
 * @param nameEnAutomatic true when {@code nameEn} is an automatic romanisation, not a curated name
 * @param role            role as given by the text or the gazetteer, or ""
 */
public record Person(String name, String nameEn, boolean nameEnAutomatic, String role) {
}
