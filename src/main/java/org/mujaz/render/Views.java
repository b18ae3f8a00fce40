package org.mujaz.render;

import java.util.List;

/**
 * What templates see: flat, pre-resolved values, so templates hold no logic beyond loops and
 * conditions. Every piece of article text carries the language it is written in; {@code lang} and
 * {@code dir} are null when that is the page's language (Thymeleaf then omits the attributes) and
 * set when the text is an island in the other language.
 */
public final class Views {

    private Views() {
    }

    /** Text written in one language. */
    public record Text(String value, String lang, String dir) {
        public Text {
            value = printable(value);
        }
    }

    /** A name or label, linked when {@code url} is not null; {@code auto} marks automatic romanisation. */
    public record Label(String text, String lang, String dir, String url, boolean auto) {
        public Label {
            text = printable(text);
        }
    }

    private static final java.util.regex.Pattern UNPRINTABLE =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

    /**
     * Article text with control characters and non-characters removed: escaping makes text safe,
     * but these code points are still forbidden in HTML and XML, and scraped text carries them.
     */
    static String printable(String s) {
        return s == null ? "" : UNPRINTABLE.matcher(s).replaceAll("");
    }

    /** A date: ISO form for {@code <time datetime>} and the label in the page's language. */
    public record When(String iso, String label) {
    }

    /** The same page in another language. */
    public record Alternate(String lang, String dir, String url) {
    }

    /** The frame every HTML page shares. */
    public record Page(String lang, String dir, String siteTitle, String homeUrl, String topicsUrl, String peopleUrl,
                       String timelineUrl, String cssUrl, String feedUrl, String canonical, String section,
                       List<Alternate> alternates) {
    }

    /** A brief in a list. */
    public record Card(String url, Text title, When date, Text lead, List<Label> topics) {
    }

    /** A statement; {@code briefUrl}/{@code briefTitle} are set where it is listed away from its brief. */
    public record StatementView(Label speaker, Text role, Text text, String kind, When date, String briefUrl,
                                Text briefTitle) {
    }

    /** A next step; {@code briefUrl}/{@code briefTitle} are set on the site-wide timeline. */
    public record StepView(Text text, Text actor, When when, Text whenText, String briefUrl, Text briefTitle) {
    }

    /** A whole brief; {@code sourceUrl} is null unless the article's URL is http(s). */
    public record BriefView(Text title, When date, String sourceUrl, Text outlet, List<Text> summary,
                            List<StatementView> statements, List<StepView> steps, List<Label> persons,
                            List<Label> topics, List<Text> organisations) {
    }

    /** A person's page. */
    public record PersonView(Label name, Text role, Label otherName, List<StatementView> statements, List<Card> briefs) {
    }

    /** A topic's page, or a topic in the topics index with {@code count} briefs. */
    public record TopicView(Label name, int count, List<Card> briefs) {
    }

    /** A person in the people index. */
    public record PersonCard(Label name, Text role, int statements, int briefs) {
    }
}
