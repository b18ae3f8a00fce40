package org.mujaz.site;

import java.util.Comparator;

/**
 * A page independent of language: {@code (BRIEF, "gaza-talks")}, {@code (HOME, "")}. Each page
 * exists once per site language; {@link Permalinks#page(PageKey, org.mujaz.model.Lang)} gives its URL.
 */
public record PageKey(PageKind kind, String slug) implements Comparable<PageKey> {

    private static final Comparator<PageKey> ORDER =
            Comparator.comparing(PageKey::kind).thenComparing(PageKey::slug);

    public PageKey {
        if (kind.perItem() != !slug.isEmpty()) throw new IllegalArgumentException(kind + " with slug '" + slug + "'");
        if (kind.perItem() && !Slugs.isValid(slug)) throw new IllegalArgumentException("unsafe slug: " + slug);
    }

    public static PageKey of(PageKind kind) { return new PageKey(kind, ""); }

    @Override
    public int compareTo(PageKey o) { return ORDER.compare(this, o); }
}
