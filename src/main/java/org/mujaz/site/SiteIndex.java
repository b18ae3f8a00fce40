package org.mujaz.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Lang;
import org.mujaz.model.NextStep;
import org.mujaz.model.Topic;

/**
 * Everything the renderer needs to know about the site's structure, computed once from all briefs:
 * orders, slugs, topics, people, the timeline, translations, and which briefs each page depends on.
 * Immutable; every list is in a deterministic order.
 */
public final class SiteIndex {

    private final List<Brief> briefs;
    private final Map<Brief, String> slugs;
    private final Map<String, Brief> briefsBySlug = new java.util.HashMap<>();
    private final List<TopicEntry> topics;
    private final List<PersonEntry> people;
    private final Map<String, PersonEntry> peopleBySlug;
    private final Map<Brief, String[]> personSlugs;
    private final Map<Brief, String[]> speakerSlugs;
    private final Map<String, TopicEntry> topicsById;
    private final List<PlannedStep> timeline;
    private final Map<String, List<Brief>> byTranslationKey;
    private final SortedMap<PageKey, SortedSet<String>> dependencies;

    private SiteIndex(List<Brief> given, List<Topic> taxonomy, List<KnownPerson> gazetteer) {
        // The same instance twice would get two slugs and two pages; keep the first.
        java.util.Set<Brief> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Brief> all = given.stream().filter(seen::add).toList();
        this.slugs = briefSlugs(all);
        List<Brief> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((Brief b) -> b.article().date(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(slugs::get));
        this.briefs = List.copyOf(sorted);
        for (Brief b : briefs) briefsBySlug.put(slugs.get(b), b);
        this.topics = topicEntries(briefs, taxonomy);
        Map<String, TopicEntry> tById = new LinkedHashMap<>();
        for (TopicEntry t : topics) tById.put(t.topic().id(), t);
        this.topicsById = Collections.unmodifiableMap(tById);
        PersonDirectory.Result persons = PersonDirectory.build(briefs, gazetteer);
        this.people = persons.people();
        Map<String, PersonEntry> pBySlug = new LinkedHashMap<>();
        for (PersonEntry p : people) pBySlug.put(p.slug(), p);
        this.peopleBySlug = Collections.unmodifiableMap(pBySlug);
        this.personSlugs = persons.personSlugs();
        this.speakerSlugs = persons.speakerSlugs();
        this.timeline = timeline(briefs);
        Map<String, List<Brief>> tk = new LinkedHashMap<>();
        for (Brief b : briefs) {
            String key = b.article().translationKey();
            if (key != null && !key.isBlank()) tk.computeIfAbsent(key.strip(), k -> new ArrayList<>()).add(b);
        }
        this.byTranslationKey = tk;
        this.dependencies = computeDependencies();
    }

    /** Indexes the briefs; drafts are the loader's business and are indexed like any other brief. */
    public static SiteIndex of(List<Brief> briefs, List<Topic> taxonomy, List<KnownPerson> gazetteer) {
        return new SiteIndex(briefs, taxonomy, gazetteer);
    }

    /** All briefs, newest first; undated ones last; ties by slug. */
    public List<Brief> briefs() { return briefs; }

    /**
     * The brief's URL slug: unique, safe ASCII, never empty. Lookups by brief are by identity: pass
     * the instances given to {@link #of} (or returned by {@link #briefs()}).
     */
    public String slug(Brief brief) {
        String s = slugs.get(brief);
        if (s == null) throw new IllegalArgumentException("brief not in this index: " + brief.article().id());
        return s;
    }

    public Optional<Brief> brief(String slug) { return Optional.ofNullable(briefsBySlug.get(slug)); }

    /** Topics that have at least one brief: taxonomy order first, then topics only briefs know, by id. */
    public List<TopicEntry> topics() { return topics; }

    /** The topic entry for a taxonomy id. */
    public Optional<TopicEntry> topic(String id) { return Optional.ofNullable(topicsById.get(id)); }

    /** The topic entry for a URL slug (the id made safe). */
    public Optional<TopicEntry> topicBySlug(String slug) {
        return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** People sorted by slug. */
    public List<PersonEntry> people() { return people; }

    public Optional<PersonEntry> person(String slug) { return Optional.ofNullable(peopleBySlug.get(slug)); }

    /** The merged entry for {@code brief.persons().get(index)}; empty for a person without any name. */
    public Optional<PersonEntry> personOf(Brief brief, int index) {
        String slug = slugsOf(personSlugs, brief)[index];
        return slug == null ? Optional.empty() : Optional.of(peopleBySlug.get(slug));
    }

    /** The person who made {@code brief.statements().get(index)}, when the speaker is a known person. */
    public Optional<PersonEntry> speakerOf(Brief brief, int index) {
        String slug = slugsOf(speakerSlugs, brief)[index];
        return slug == null ? Optional.empty() : Optional.of(peopleBySlug.get(slug));
    }

    private static String[] slugsOf(Map<Brief, String[]> map, Brief brief) {
        String[] slugs = map.get(brief);
        if (slugs == null) throw new IllegalArgumentException("brief not in this index: " + brief.article().id());
        return slugs;
    }

    /** Every next step: dated ones by date (then brief order), then undated ones in brief order. */
    public List<PlannedStep> timeline() { return timeline; }

    /** The brief with the same translation key written in {@code lang}, if any. */
    public Optional<Brief> translation(Brief brief, Lang lang) {
        if (brief.lang() == lang) return Optional.of(brief);
        String key = brief.article().translationKey();
        if (key == null || key.isBlank()) return Optional.empty();
        return byTranslationKey.getOrDefault(key.strip(), List.of()).stream().filter(b -> b.lang() == lang).findFirst();
    }

    /** Every page of the site (each rendered once per language), in a fixed order. */
    public List<PageKey> pages() { return List.copyOf(dependencies.keySet()); }

    /**
     * For each page, the ids of the briefs whose change changes it; for incremental builds. Adding or
     * removing a brief, or changing the taxonomy, gazetteer, templates or config, calls for a full build
     * (slugs and orders may shift).
     */
    public SortedMap<PageKey, SortedSet<String>> dependencies() {
        return dependencies;
    }

    private SortedMap<PageKey, SortedSet<String>> computeDependencies() {
        SortedMap<PageKey, SortedSet<String>> deps = new TreeMap<>();
        SortedSet<String> all = ids(briefs);
        deps.put(PageKey.of(PageKind.HOME), all);
        deps.put(PageKey.of(PageKind.FEED), all);
        deps.put(PageKey.of(PageKind.NOT_FOUND), new TreeSet<>());
        deps.put(PageKey.of(PageKind.TIMELINE), ids(timeline.stream().map(PlannedStep::brief).toList()));
        SortedSet<String> withTopics = new TreeSet<>();
        for (TopicEntry t : topics) {
            deps.put(new PageKey(PageKind.TOPIC, t.slug()), ids(t.briefs()));
            withTopics.addAll(ids(t.briefs()));
        }
        deps.put(PageKey.of(PageKind.TOPICS), withTopics);
        SortedSet<String> withPeople = new TreeSet<>();
        for (PersonEntry p : people) {
            deps.put(new PageKey(PageKind.PERSON, p.slug()), ids(p.briefs()));
            withPeople.addAll(ids(p.briefs()));
        }
        deps.put(PageKey.of(PageKind.PEOPLE), withPeople);
        for (Brief b : briefs) {
            // A brief page links to its translation, and shows its people under merged names and
            // roles that other briefs about the same people may have supplied.
            SortedSet<String> own = new TreeSet<>();
            own.add(b.article().id());
            for (Lang l : Lang.values()) translation(b, l).ifPresent(t -> own.add(t.article().id()));
            for (String[] slugsOfBrief : List.of(personSlugs.get(b), speakerSlugs.get(b))) {
                for (String slug : slugsOfBrief) if (slug != null) own.addAll(ids(peopleBySlug.get(slug).briefs()));
            }
            deps.put(new PageKey(PageKind.BRIEF, slugs.get(b)), Collections.unmodifiableSortedSet(own));
        }
        return Collections.unmodifiableSortedMap(deps);
    }

    private static SortedSet<String> ids(List<Brief> bs) {
        SortedSet<String> ids = new TreeSet<>();
        for (Brief b : bs) ids.add(b.article().id());
        return Collections.unmodifiableSortedSet(ids);
    }

    /** Slugs are claimed in id order so that adding a newer brief never renames an older one. */
    private static Map<Brief, String> briefSlugs(List<Brief> all) {
        List<Brief> byId = new ArrayList<>(all);
        byId.sort(Comparator.comparing((Brief b) -> b.article().id(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(b -> String.valueOf(b.article().source())));
        UniqueSlugs unique = new UniqueSlugs();
        Map<Brief, String> slugs = new IdentityHashMap<>();
        for (Brief b : byId) {
            Article a = b.article();
            slugs.put(b, unique.claim(Slugs.firstOf("brief", a.slug(), a.title(), a.id())));
        }
        return slugs;
    }

    private static List<TopicEntry> topicEntries(List<Brief> briefs, List<Topic> taxonomy) {
        Map<String, Topic> known = new LinkedHashMap<>();
        for (Topic t : taxonomy) known.putIfAbsent(t.id(), t);
        Map<String, Topic> extra = new TreeMap<>();
        Map<String, List<Brief>> byId = new LinkedHashMap<>();
        for (Brief b : briefs) {
            for (Topic t : b.topics()) {
                if (!known.containsKey(t.id())) extra.putIfAbsent(t.id(), t);
                List<Brief> list = byId.computeIfAbsent(t.id(), k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x == b)) list.add(b);
            }
        }
        List<Topic> order = new ArrayList<>(known.values());
        order.addAll(extra.values());
        UniqueSlugs unique = new UniqueSlugs();
        List<TopicEntry> out = new ArrayList<>();
        for (Topic t : order) {
            List<Brief> bs = byId.get(t.id());
            if (bs == null) continue;
            out.add(new TopicEntry(t, unique.claim(Slugs.firstOf("topic", t.id(), t.en(), t.ar())), bs));
        }
        return List.copyOf(out);
    }

    private static List<PlannedStep> timeline(List<Brief> briefs) {
        List<PlannedStep> dated = new ArrayList<>();
        List<PlannedStep> undated = new ArrayList<>();
        for (Brief b : briefs) {
            for (NextStep s : b.nextSteps()) (s.when() == null ? undated : dated).add(new PlannedStep(b, s));
        }
        // A step known only to its month ("in March") could fall on any day of it, and a month is also a deadline,
        // so it goes at the month's end, after the steps dated within it; a year likewise. List.sort is stable, so
        // equal dates keep brief order, then paragraph order.
        dated.sort(Comparator.comparing((PlannedStep p) -> p.step().precision().lastDay(p.step().when()))
                .thenComparing(p -> p.step().precision()));
        List<PlannedStep> all = new ArrayList<>(dated);
        all.addAll(undated);
        return List.copyOf(all);
    }
}
