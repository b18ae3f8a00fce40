package org.mujaz.load;

import org.mujaz.model.Article;
import org.mujaz.model.BriefEdits;

/** An article as loaded, with the editor's corrections to its brief ({@code null} when there are none). */
public record LoadedArticle(Article article, BriefEdits edits) {
}
