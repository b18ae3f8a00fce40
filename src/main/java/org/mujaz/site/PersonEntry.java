package org.mujaz.site;

import java.util.List;
import org.mujaz.model.Brief;

/**
 * One person merged across briefs.
 *
 * @param slug            URL segment, unique among people
 * @param nameAr          Arabic name (gazetteer, else as written in an Arabic brief), or "" when unknown
 * @param nameEn          English name (gazetteer, else curated, else romanised, else as written in an English brief)
 * @param nameEnAutomatic true when {@code nameEn} is only an automatic romanisation
 * @param roleAr          role in Arabic, or ""
 * @param roleEn          role in English, or ""
 * @param briefs          briefs that mention or quote the person, newest first
 * @param quotes          every statement of the person, in brief order then paragraph order
 */
public record PersonEntry(String slug, String nameAr, String nameEn, boolean nameEnAutomatic,
                          String roleAr, String roleEn, List<Brief> briefs, List<Quote> quotes) {

    public PersonEntry {
        briefs = List.copyOf(briefs);
        quotes = List.copyOf(quotes);
    }
}
