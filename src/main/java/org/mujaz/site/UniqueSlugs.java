package org.mujaz.site;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out slugs within one namespace (briefs, people or topics), suffixing "-2", "-3"… on a
 * collision. Deterministic as long as callers ask in a deterministic order.
 */
final class UniqueSlugs {

    private final Set<String> taken = new HashSet<>();

    String claim(String base) {
        if (!Slugs.isValid(base)) throw new IllegalArgumentException("not a slug: " + base);
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
        return slug;
    }
}
