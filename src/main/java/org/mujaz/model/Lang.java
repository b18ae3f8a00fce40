package org.mujaz.model;

import java.util.Locale;

/** A site language; its writing direction is data on the language, not a template decision. */
public enum Lang {
    AR("ar", "rtl"),
    EN("en", "ltr");

    private final String code;
    private final String dir;

    Lang(String code, String dir) {
        this.code = code;
        this.dir = dir;
    }

    public String code() { return code; }

    public String dir() { return dir; }

    public Locale locale() { return Locale.forLanguageTag(code); }

    /** The language for a code such as {@code ar} or {@code en}, or {@code null} when unknown. */
    public static Lang fromCode(String code) {
        if (code == null) return null;
        for (Lang l : values()) if (l.code.equalsIgnoreCase(code.trim())) return l;
        return null;
    }
}
