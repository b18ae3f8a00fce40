package org.mujaz.load;

import org.mujaz.model.Lang;

/** Infers an article's language from its script when front matter does not say: Arabic letters against Latin ones. */
public final class ScriptDetector {

    private ScriptDetector() {
    }

    public static Lang dominant(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.ARABIC && Character.isLetter(cp)) arabic++;
            else if (s == Character.UnicodeScript.LATIN && Character.isLetter(cp)) latin++;
            i += Character.charCount(cp);
        }
        return arabic >= latin ? Lang.AR : Lang.EN;
    }
}
