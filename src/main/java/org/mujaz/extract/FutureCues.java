package org.mujaz.extract;

import java.util.List;

/** Words that mark a planned, scheduled, intended or ordered action in one language. */
interface FutureCues {

    /** Index of the first word in {@code ts} that marks a future action, or -1. */
    int cue(String text, List<Token> ts);

    /** Who is to act, from the words around the cue, or "". */
    String actor(String text, List<Token> ts, int cue);
}
