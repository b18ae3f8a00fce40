package org.mujaz.load;

import java.util.ArrayList;
import java.util.List;

/** Scraped plain text → paragraphs: every non-blank line is a paragraph, as scrapers write them. */
public final class PlainTextBody {

    private PlainTextBody() {
    }

    public static List<BodyParagraph> paragraphs(String text, int firstLine) {
        List<BodyParagraph> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // NBSP-only lines are common in scraped text and are blank for our purposes.
            String t = lines[i].replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) out.add(new BodyParagraph(t, firstLine + i));
        }
        return out;
    }
}
