package org.mujaz.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One loaded article: front matter plus body, split into paragraphs of plain text.
 *
 * @param source     the file as given (used in diagnostics and in {@code extract} output)
 * @param id         stable identifier (file name without extension)
 * @param date       publication date, or {@code null} when the article gives none
 * @param paragraphs plain-text body paragraphs, boilerplate removed; numbering starts at 1 in output
 * @param bodyLines  for each paragraph, the 1-based line in {@code source} where it starts
 */
public record Article(
        Path source,
        String id,
        Lang lang,
        String title,
        LocalDate date,
        String outlet,
        String url,
        List<String> topics,
        List<String> persons,
        String slug,
        String translationKey,
        boolean draft,
        List<String> paragraphs,
        List<Integer> bodyLines) {

    public Article {
        topics = List.copyOf(topics);
        persons = List.copyOf(persons);
        paragraphs = List.copyOf(paragraphs);
        bodyLines = List.copyOf(bodyLines);
    }
}
