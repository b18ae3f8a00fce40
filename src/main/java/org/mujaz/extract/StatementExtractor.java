package org.mujaz.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mujaz.model.Lang;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/**
 * Direct quotes (three words or more) and indirect speech, each with its speaker. A verb of saying without
 * a subject, a pronoun or an unattributed quote right after speech continues the previous speaker.
 */
final class StatementExtractor {

    private final Lang lang;
    private final SpeechPatterns patterns;
    private final SpeakerResolver resolver;
    private final Warnings warnings;
    private Speaker last = Speaker.NONE;
    private int lastParagraph = -9;

    StatementExtractor(Lang lang, SpeakerResolver resolver, Warnings warnings) {
        this.lang = lang;
        this.patterns = lang == Lang.AR ? new ArabicSpeech() : new EnglishSpeech();
        this.resolver = resolver;
        this.warnings = warnings;
    }

    private record Item(int at, Statement statement) {
    }

    List<Statement> extract(List<Paragraph> paragraphs) {
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Paragraph p : paragraphs) {
            for (Sentence s : p.sentences()) {
                List<Item> items = new ArrayList<>();
                Speaker sentenceSpeaker = Speaker.NONE;
                for (Quote q : p.quotes()) {
                    if (q.open() < s.start() || q.open() >= s.end() || q.wordCount() < 3) continue;
                    Speaker sp = quoteSpeaker(p, s, q, sentenceSpeaker);
                    if (sp == null) continue;
                    if (!sp.isNone()) sentenceSpeaker = sp;
                    items.add(new Item(q.open() - s.start(), statement(sp, q.text(), StatementKind.DIRECT, p.number())));
                }
                for (SpeechPatterns.Reported r : patterns.reported(s)) {
                    Speaker sp = r.phrase().isEmpty() ? carry(sentenceSpeaker) : orCarry(resolver.resolve(r.phrase()), sentenceSpeaker);
                    if (!sp.isNone()) sentenceSpeaker = sp;
                    items.add(new Item(r.start(), statement(sp, r.text(), StatementKind.INDIRECT, p.number())));
                }
                items.sort(Comparator.comparingInt(Item::at));
                for (Item it : items) {
                    Statement st = it.statement();
                    if (!seen.add(WordKey.fold(st.text()))) continue;
                    out.add(st);
                    if (!st.speaker().isEmpty()) {
                        last = new Speaker(st.speaker(), st.role(), true);
                        lastParagraph = p.number();
                    } else if (st.kind() == StatementKind.DIRECT) {
                        warnings.add(p.number(), "quote with no speaker: " + abbreviate(st.text()));
                    }
                }
            }
        }
        return out;
    }

    /** The speaker of a quote, or null when the quote is a quoted name or title rather than speech. */
    private Speaker quoteSpeaker(Paragraph p, Sentence s, Quote q, Speaker sentenceSpeaker) {
        String m = p.masked();
        String before = m.substring(s.start(), q.open());
        String after = m.substring(Math.min(s.end(), q.close() + 1), s.end());
        String phrase;
        if (lang == Lang.EN) {
            phrase = patterns.after(after);
            if (phrase == null) phrase = patterns.before(before);
        } else {
            phrase = patterns.before(before);
            if (phrase == null) phrase = patterns.after(after);
        }
        if (phrase == null) {
            boolean opensSentence = before.strip().isEmpty();
            if (!opensSentence && q.wordCount() < 6) return null;
            boolean recent = p.number() - lastParagraph <= 1 || !sentenceSpeaker.isNone();
            return recent ? carry(sentenceSpeaker) : Speaker.NONE;
        }
        return phrase.isEmpty() ? carry(sentenceSpeaker) : orCarry(resolver.resolve(phrase), sentenceSpeaker);
    }

    private Speaker carry(Speaker sentenceSpeaker) { return sentenceSpeaker.isNone() ? last : sentenceSpeaker; }

    private Speaker orCarry(Speaker resolved, Speaker sentenceSpeaker) {
        return resolved.isNone() ? carry(sentenceSpeaker) : resolved;
    }

    private static Statement statement(Speaker sp, String text, StatementKind kind, int paragraph) {
        return new Statement(sp.name(), sp.role(), text, kind, paragraph);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
