package org.mujaz.site;

/** The kinds of page the site has; a page is a kind plus, for per-item kinds, a slug. */
public enum PageKind {
    HOME, BRIEF, TOPICS, TOPIC, PEOPLE, PERSON, TIMELINE, NOT_FOUND, FEED;

    /** True for kinds with one page per brief, topic or person. */
    public boolean perItem() { return this == BRIEF || this == TOPIC || this == PERSON; }
}
