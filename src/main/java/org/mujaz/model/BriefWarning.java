package org.mujaz.model;

/** Something extraction could not resolve, at a 1-based paragraph (0 when not tied to one). */
public record BriefWarning(int paragraph, String message) {
}
