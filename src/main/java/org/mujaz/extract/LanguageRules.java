package org.mujaz.extract;

import org.mujaz.model.Lang;

/** The word lists one language's extraction rules are written from; matching uses {@link WordKey#fold}. */
interface LanguageRules {

    Lang lang();

    /** A finite verb of saying (قال، أكد؛ said, warned). */
    boolean isSpeechVerb(String token);

    /** A participle or gerund of saying that reuses the clause's speaker (مؤكدا؛ saying). */
    boolean isSpeechParticiple(String token);

    /** A word that introduces a reported clause (أن/إن؛ that). */
    boolean isComplementizer(String token);

    /** An honorific or rank kept out of a name but kept in the role (اللواء، الدكتور؛ Mr, Dr, Sir). */
    boolean isTitle(String token);

    /** A noun that heads a role phrase (المتحدث، وزير؛ spokesman, minister). */
    boolean isRoleNoun(String token);

    /** A noun that heads an organisation's name (وزارة، حزب؛ Ministry, Party). */
    boolean isOrganisationNoun(String token);

    /** A word that introduces a name or title in quotes (منظمة "…", خطة "…"; the so-called "…"). */
    boolean isNamingWord(String token);

    /** A word that cannot be part of a person's name (function words, common verbs, places). */
    boolean isNotName(String token);

    /** A common given name, evidence that a name starts here. */
    boolean isGivenName(String token);
}
