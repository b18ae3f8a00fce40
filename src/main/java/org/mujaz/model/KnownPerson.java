package org.mujaz.model;

import java.util.List;

/** A gazetteer entry: a person's curated names in both languages, aliases and role. */
public record KnownPerson(String ar, String en, List<String> aliases, String roleAr, String roleEn) {

    public KnownPerson {
        aliases = List.copyOf(aliases);
    }
}
