package org.mujaz.load;

/** A paragraph of plain body text and the 1-based line of the source file where it starts. */
public record BodyParagraph(String text, int line) {
}
