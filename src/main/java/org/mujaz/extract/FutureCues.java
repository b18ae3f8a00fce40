package org.mujaz.extract;

import java.util.List;

/** Words that mark a planned, scheduled, intended or ordered action in one language. */
interface FutureCues {

    /** Index of the first word in {@code ts} that marks a future action, or -1. */
    int cue(String text, List<Token> ts);

    /** Index of the first future marker at or after {@code from}, or -1. */
    default int cueFrom(String text, List<Token> ts, int from) {
        if (from >= ts.size()) return -1;
        List<Token> rest = ts.subList(from, ts.size());
        int c = cue(text, rest);
        return c < 0 ? -1 : from + c;
    }

    /** A word that opens a clause with its own subject (while, but; بينما، في حين), where a second step may start. */
    boolean opensClause(String token);

    /**
     * Whether the word at {@code k} is itself a future marker joined by "and" that opens a second plan:
     * «…، ومن المتوقع وصول …» always, «… السبت وسيرفع المحتجون … الأحد» only when each part has its own
     * date ({@code datedApart}), since one actor's run of verbs («ستواصل … وستتخذ قرارا») is one plan.
     */
    default boolean joinsPlan(List<Token> ts, int k, java.util.function.BooleanSupplier datedApart) {
        return false;
    }

    /** Whether a word at or after {@code from} frames what follows as belief or forecast («حيث يعتقد أنه سـ…»). */
    default boolean forecastFrom(List<Token> ts, int from) {
        return false;
    }

    /** Whether the step names a scheduled event with nobody to act («من المتوقع إعلان …»), not a plan of its reporter. */
    default boolean scheduledEvent(String stepText) {
        return false;
    }

    /** Who is to act, from the words around the cue, or "". */
    String actor(String text, List<Token> ts, int cue);
}
