package org.mujaz.render;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Collator;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mujaz.model.Brief;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.Lang;
import org.mujaz.model.NextStep;
import org.mujaz.model.Statement;
import org.mujaz.model.Topic;
import org.mujaz.site.PageKey;
import org.mujaz.site.PageKind;
import org.mujaz.site.Permalinks;
import org.mujaz.site.PersonEntry;
import org.mujaz.site.PlannedStep;
import org.mujaz.site.Quote;
import org.mujaz.site.SiteIndex;
import org.mujaz.site.TopicEntry;
import org.mujaz.render.Views.Alternate;
import org.mujaz.render.Views.BriefView;
import org.mujaz.render.Views.Card;
import org.mujaz.render.Views.Label;
import org.mujaz.render.Views.Page;
import org.mujaz.render.Views.PersonCard;
import org.mujaz.render.Views.PersonView;
import org.mujaz.render.Views.StatementView;
import org.mujaz.render.Views.StepView;
import org.mujaz.render.Views.Text;
import org.mujaz.render.Views.TopicView;
import org.mujaz.render.Views.When;

/**
 * Builds the {@link Views} of one language tree. Chrome (names, roles, topics, dates) is given in
 * the tree's language when the data has it; a brief's own words stay in the brief's language.
 */
final class PageViews {

    private final SiteIndex index;
    private final Permalinks links;
    private final Lang lang;
    private final String siteTitle;

    PageViews(SiteIndex index, Permalinks links, Lang lang, String siteTitle) {
        this.index = index;
        this.links = links;
        this.lang = lang;
        this.siteTitle = siteTitle;
    }

    Page page(PageKey key, String section) {
        List<Alternate> alternates = new ArrayList<>();
        for (Lang other : links.languages()) {
            String url = links.page(key, other);
            if (key.kind() == PageKind.BRIEF) {
                // Prefer the translation written in the other language; else the same brief in the other tree.
                Brief b = index.brief(key.slug()).orElseThrow();
                url = links.brief(index.slug(index.translation(b, other).orElse(b)), other);
            }
            alternates.add(new Alternate(other.code(), other.dir(), url));
        }
        return new Page(lang.code(), lang.dir(), siteTitle, links.home(lang), links.topicsIndex(lang),
                links.personsIndex(lang), links.timeline(lang), links.asset("css/mujaz.css"), links.feed(lang),
                links.absolute(links.page(key, lang)), section, alternates);
    }

    /** Alternates other than the page's own language, for the language switcher. */
    List<Alternate> others(Page page) {
        return page.alternates().stream().filter(a -> !a.lang().equals(lang.code())).toList();
    }

    Card card(Brief b) {
        List<Label> topics = b.topics().stream().map(this::topicLabel).toList();
        Text lead = b.summary().isEmpty() ? null : text(firstSentence(b.summary().get(0), b.lang()), b.lang());
        return new Card(links.brief(index.slug(b), lang), title(b), when(b.article().date()), lead, topics);
    }

    List<Card> cards(List<Brief> briefs) { return briefs.stream().map(this::card).toList(); }

    BriefView brief(Brief b) {
        List<StatementView> statements = new ArrayList<>();
        for (int i = 0; i < b.statements().size(); i++) {
            statements.add(statement(b, b.statements().get(i), index.speakerOf(b, i), false));
        }
        List<StepView> steps = b.nextSteps().stream().map(s -> step(b, s, false)).toList();
        List<Label> persons = new ArrayList<>();
        for (int i = 0; i < b.persons().size(); i++) {
            index.personOf(b, i).map(this::personLabel).filter(l -> !persons.contains(l)).ifPresent(persons::add);
        }
        String source = webUrl(b.article().url());
        String outlet = b.article().outlet();
        return new BriefView(title(b), when(b.article().date()), source,
                outlet == null || outlet.isBlank() ? null : text(outlet, b.lang()),
                b.summary().stream().map(s -> text(s, b.lang())).toList(), statements, steps, persons,
                b.topics().stream().map(this::topicLabel).toList(),
                b.organisations().stream().map(o -> text(o, b.lang())).toList());
    }

    PersonView person(PersonEntry p) {
        List<StatementView> statements = new ArrayList<>();
        for (Quote q : p.quotes()) statements.add(statement(q.brief(), q.statement(), Optional.of(p), true));
        Label other = otherName(p);
        // The heading names the page itself, so it is not a link.
        return new PersonView(name(p, nameLang(p), null), role(p), other, statements, cards(p.briefs()));
    }

    /** People for the index, in the alphabetical order of the page's language. */
    List<PersonCard> personCards(List<PersonEntry> people) {
        Collator collator = Collator.getInstance(LocaleFormats.ulocale(lang));
        return people.stream()
                .map(p -> new PersonCard(personLabel(p), role(p), p.quotes().size(), p.briefs().size()))
                .sorted(Comparator.comparing((PersonCard c) -> c.name().text(), collator::compare)
                        .thenComparing(c -> c.name().url()))
                .toList();
    }

    TopicView topic(TopicEntry t) {
        return new TopicView(topicLabel(t.topic()), t.briefs().size(), cards(t.briefs()));
    }

    List<StepView> timeline() {
        return index.timeline().stream().map((PlannedStep p) -> step(p.brief(), p.step(), true)).toList();
    }

    private StatementView statement(Brief b, Statement s, Optional<PersonEntry> person, boolean withBrief) {
        Label speaker;
        Text role;
        if (person.isPresent()) {
            speaker = personLabel(person.get());
            // The role as the article words it when the page shares its language; else the data's label.
            role = b.lang() == lang && !blank(s.role()) ? text(s.role(), b.lang()) : role(person.get());
            if (role == null && !blank(s.role())) role = text(s.role(), b.lang());
        } else {
            speaker = blank(s.speaker()) ? null : new Label(s.speaker().strip(), islandLang(b.lang()), islandDir(b.lang()), null, false);
            role = blank(s.role()) ? null : text(s.role(), b.lang());
        }
        return new StatementView(speaker, role, text(s.text(), b.lang()), s.kind().code(), when(b.article().date()),
                withBrief ? links.brief(index.slug(b), lang) : null, withBrief ? title(b) : null);
    }

    private StepView step(Brief b, NextStep s, boolean withBrief) {
        return new StepView(text(s.text(), b.lang()), blank(s.actor()) ? null : text(s.actor(), b.lang()), when(s.when(), s.precision()),
                blank(s.whenText()) ? null : text(s.whenText(), b.lang()),
                withBrief ? links.brief(index.slug(b), lang) : null, withBrief ? title(b) : null);
    }

    Label personLabel(PersonEntry p) { return name(p, nameLang(p), links.person(p.slug(), lang)); }

    /** The name in the other language, shown under the heading of a person's page. */
    private Label otherName(PersonEntry p) {
        Lang other = nameLang(p) == Lang.AR ? Lang.EN : Lang.AR;
        return blank(other == Lang.AR ? p.nameAr() : p.nameEn()) ? null : name(p, other, null);
    }

    /** The language of the person's main label: the page's when the data has that name. */
    private Lang nameLang(PersonEntry p) {
        if (lang == Lang.AR) return blank(p.nameAr()) ? Lang.EN : Lang.AR;
        return blank(p.nameEn()) ? Lang.AR : Lang.EN;
    }

    private Label name(PersonEntry p, Lang in, String url) {
        return in == Lang.AR
                ? new Label(p.nameAr(), islandLang(Lang.AR), islandDir(Lang.AR), url, false)
                : new Label(p.nameEn(), islandLang(Lang.EN), islandDir(Lang.EN), url, p.nameEnAutomatic());
    }

    private Text role(PersonEntry p) {
        String own = lang == Lang.AR ? p.roleAr() : p.roleEn();
        if (!blank(own)) return text(own, lang);
        String other = lang == Lang.AR ? p.roleEn() : p.roleAr();
        return blank(other) ? null : text(other, lang == Lang.AR ? Lang.EN : Lang.AR);
    }

    Label topicLabel(Topic t) {
        String slug = index.topic(t.id()).map(TopicEntry::slug).orElse(null);
        String url = slug == null ? null : links.topic(slug, lang);
        String own = t.label(lang);
        if (!blank(own)) return new Label(own.strip(), null, null, url, false);
        Lang other = lang == Lang.AR ? Lang.EN : Lang.AR;
        String o = t.label(other);
        return new Label(blank(o) ? t.id() : o.strip(), islandLang(other), islandDir(other), url, false);
    }

    When when(LocalDate date) { return when(date, DatePrecision.DAY); }

    private When when(LocalDate date, DatePrecision precision) {
        return date == null ? null : new When(precision.iso(date), LocaleFormats.date(date, precision, lang));
    }

    /** The brief's title; an untitled brief is shown by its id so that links and headings are never empty. */
    private Text title(Brief b) {
        String t = b.article().title();
        return blank(t) ? new Text(b.article().id(), null, null) : text(t, b.lang());
    }

    private Text text(String value, Lang written) {
        return new Text(value == null ? "" : value.strip(), islandLang(written), islandDir(written));
    }

    private String islandLang(Lang written) { return written == lang ? null : written.code(); }

    private String islandDir(Lang written) { return written == lang || written.dir().equals(lang.dir()) ? null : written.dir(); }

    private static String firstSentence(String text, Lang written) {
        BreakIterator it = BreakIterator.getSentenceInstance(LocaleFormats.ulocale(written));
        it.setText(text);
        int end = it.next();
        return end == BreakIterator.DONE ? text : text.substring(0, end).strip();
    }

    /**
     * The article's URL when it is a well-formed http(s) URL, else null: the URL is untrusted, and a
     * {@code javascript:} link or a malformed one (which also fails HTML validation) must not be printed.
     */
    static String webUrl(String url) {
        if (blank(url)) return null;
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return web && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
