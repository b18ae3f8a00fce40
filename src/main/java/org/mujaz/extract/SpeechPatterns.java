package org.mujaz.extract;

import java.util.List;

/** Where a language puts the source of speech relative to a quote or a reported clause. */
interface SpeechPatterns {

    /**
     * The source words in the narration before a quote: {@code null} when there is no verb of saying,
     * "" when there is one without a subject (a carry-over: وأضاف، "he added").
     */
    String before(String narration);

    /** The same for the narration right after a quote (", he said", «، بحسب البيان»). */
    String after(String narration);

    /** Indirect speech in one sentence (masked so quotes are not mistaken for reported clauses). */
    List<Reported> reported(Sentence sentence);

    /** A reported clause and the words naming its source ("" to continue the previous source). */
    record Reported(String phrase, String text, int start) {
    }
}
