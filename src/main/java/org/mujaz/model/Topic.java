package org.mujaz.model;

import java.util.List;

/** A taxonomy topic with its labels and the terms that trigger it in each language. */
public record Topic(String id, String ar, String en, List<String> termsAr, List<String> termsEn) {

    public Topic {
        termsAr = List.copyOf(termsAr);
        termsEn = List.copyOf(termsEn);
    }

    public String label(Lang lang) { return lang == Lang.AR ? ar : en; }
}
