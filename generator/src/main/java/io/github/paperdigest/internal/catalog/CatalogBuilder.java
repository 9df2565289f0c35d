package io.github.paperdigest.internal.catalog;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.load.DraftRecord;
import io.github.paperdigest.internal.load.LoadedContent;
import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.internal.load.PaperRecord;
import io.github.paperdigest.internal.load.PaperRecord.AuthorName;
import io.github.paperdigest.internal.memo.Memo;
import io.github.paperdigest.internal.tex.TexText;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Organization;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the catalog from what was loaded: merges records, attaches notes, and indexes the papers. */
public final class CatalogBuilder {

    private final Problems problems;
    private final Names authorNames = new Names();
    private final Names topicNames = new Names();
    private final Names organizationNames = new Names();
    private final Names organizationHandles = new Names();
    private final Memo<PaperSources, Paper> madePapers;
    private final Memo<String, String> convertedTexts;
    private final Memo<Record, Record> sameTerms;

    public CatalogBuilder(Problems problems) {
        this(problems, Memo.forgetting(), Memo.forgetting(), Memo.forgetting());
    }

    /**
     * @param madePapers papers made by earlier builds, by their sources
     * @param convertedTexts topic names with their LaTeX turned into characters, by their spelling
     * @param sameTerms the authors, topics, organisations and days of earlier builds, each by itself: a term
     *     equal to one of them is that one, which later stages compare faster than an equal copy
     */
    public CatalogBuilder(Problems problems, Memo<PaperSources, Paper> madePapers,
            Memo<String, String> convertedTexts, Memo<Record, Record> sameTerms) {
        this.problems = problems;
        this.madePapers = madePapers;
        this.convertedTexts = convertedTexts;
        this.sameTerms = sameTerms;
    }

    public Catalog build(LoadedContent content) {
        Map<String, List<PaperRecord>> recordsById = content.papers().stream()
                .collect(Collectors.groupingBy(PaperRecord::id, TreeMap::new, Collectors.toList()));
        Map<String, NoteRecord> notes = notesByPaper(content.notes(), recordsById, leftOut(content));

        RecordMerger merger = new RecordMerger(problems);
        // Each paper's records merge on their own, and normalising its names is most of the work: every core.
        List<MergedPaper> merged = recordsById.entrySet().parallelStream()
                .map(idAndRecords -> {
                    List<PaperRecord> records = idAndRecords.getValue();
                    records.sort(RecordMerger.OLDEST_FIRST);
                    return register(merger.merge(records), notes.get(idAndRecords.getKey()));
                })
                .toList();

        Map<String, Author> authors = terms(authorNames.shown(),
                (name, slug) -> reused(new Author(name, slug, UrlScheme.author(slug))));
        Map<String, Topic> topics = terms(topicNames.shown(),
                (name, slug) -> reused(new Topic(name, slug, UrlScheme.topic(slug))));
        Map<String, Organization> organizations = organizations(organizationHandles.shown(),
                organizationNames.shown());

        Map<LocalDate, Day> days = new HashMap<>();
        merged.forEach(paper -> days.computeIfAbsent(paper.day(), date -> reused(new Day(date, UrlScheme.day(date)))));
        // Turning titles and abstracts' LaTeX into text is most of the catalog's work, and each paper's is its own.
        List<Paper> papers = merged.parallelStream()
                .map(paper -> paper.sources(authors, topics, organizations, days.get(paper.day())))
                .map(sources -> madePapers.get(sources, PaperSources::paper))
                .toList();

        return new Catalog(content.site(), papers,
                index(papers, paper -> List.of(paper.day()), Comparator.comparing(Day::date),
                        PaperOrder.BY_UPVOTES),
                index(papers, Paper::authors, Comparator.comparing(Author::slug), PaperOrder.NEWEST_FIRST),
                index(papers, Paper::topics, Comparator.comparing(Topic::slug), PaperOrder.NEWEST_FIRST),
                index(papers, paper -> paper.organization() == null ? List.of() : List.of(paper.organization()),
                        Comparator.comparing(Organization::slug), PaperOrder.NEWEST_FIRST),
                content.pages(), content.staticFiles(), content.templates());
    }

    /** Ids of records left out of the site: for their errors, or as drafts. */
    private static Set<String> leftOut(LoadedContent content) {
        Set<String> ids = new HashSet<>(content.rejectedPaperIds());
        content.drafts().stream().map(DraftRecord::id).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /**
     * Each paper's note; a note on an unknown paper, or a second note on one paper, is an error. A
     * note on a paper whose record was rejected is left out quietly: the record's error says why. So
     * is a note on a draft, which is published with its paper once the draft is.
     */
    private Map<String, NoteRecord> notesByPaper(List<NoteRecord> notes, Map<String, List<PaperRecord>> records,
            Set<String> leftOut) {
        Map<String, NoteRecord> byPaper = new HashMap<>();
        for (NoteRecord note : notes) {
            if (leftOut.contains(note.paperId()) && !records.containsKey(note.paperId())) {
                continue;
            }
            if (!records.containsKey(note.paperId())) {
                problems.error(note.file(), note.line(), 1, "the note is about paper " + note.paperId()
                        + ", which no record in papers/ has (add its record, or fix the id)");
            } else {
                NoteRecord first = byPaper.putIfAbsent(note.paperId(), note);
                if (first != null) {
                    problems.error(note.file(), note.line(), 1, "paper " + note.paperId()
                            + " already has a note, " + first.file() + " (one note per paper: merge them)");
                }
            }
        }
        return byPaper;
    }

    /** Counts the paper's names, so that each name's most frequent spelling is known before any is shown. */
    private MergedPaper register(PaperRecord record, NoteRecord note) {
        List<String> authorKeys = record.authors().stream()
                .filter(author -> !author.hidden())
                .map(AuthorName::name)
                .map(authorNames::add)
                .distinct()
                .toList();
        LinkedHashSet<String> topicKeys = new LinkedHashSet<>();
        record.keywords().forEach(keyword -> topicKeys.add(topicNames.add(converted(keyword))));
        if (note != null) {
            note.topics().forEach(topic -> topicKeys.add(topicNames.add(converted(topic))));
        }
        String organizationKey = null;
        if (record.organization() != null) {
            var organization = record.organization();
            String handle = organization.handle() != null ? organization.handle() : organization.fullName();
            organizationKey = Text.key(handle);
            organizationHandles.add(organizationKey, handle);
            organizationNames.add(organizationKey,
                    organization.fullName() != null ? organization.fullName() : organization.handle());
        }
        LocalDate day = note != null && note.day() != null ? note.day() : record.day();
        return new MergedPaper(record, note, day, authorKeys, List.copyOf(topicKeys), organizationKey);
    }

    /** The equal term of an earlier build, if there is one. */
    @SuppressWarnings("unchecked")
    private <T extends Record> T reused(T term) {
        return (T) sameTerms.get(term, same -> same);
    }

    private String converted(String topic) {
        return convertedTexts.get(topic, TexText::convert);
    }

    /** Authors and topics, their slugs made from their names as shown. */
    private static <T extends Term> Map<String, T> terms(SortedMap<String, String> shown,
            BiFunction<String, String, T> factory) {
        Map<String, String> slugs = Slugs.assign(shown);
        Map<String, T> terms = new HashMap<>();
        shown.forEach((key, name) -> terms.put(key, factory.apply(name, slugs.get(key))));
        return terms;
    }

    /** Organisations, their slugs made from their Hugging Face handles, which stay when a full name changes. */
    private Map<String, Organization> organizations(SortedMap<String, String> handles,
            SortedMap<String, String> names) {
        Map<String, String> slugs = Slugs.assign(handles);
        Map<String, Organization> organizations = new HashMap<>();
        names.forEach((key, name) -> organizations.put(key, reused(new Organization(handles.get(key), name,
                slugs.get(key), UrlScheme.organization(slugs.get(key))))));
        return organizations;
    }

    private static <K> Index<K> index(List<Paper> papers, Function<Paper, List<K>> keysOf,
            Comparator<K> keyOrder, Comparator<Paper> paperOrder) {
        Map<K, List<Paper>> grouped = new HashMap<>();
        for (Paper paper : papers) {
            for (K key : keysOf.apply(paper)) {
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(paper);
            }
        }
        grouped.replaceAll((key, list) -> list.stream().sorted(paperOrder).toList());
        return new Index<>(grouped.keySet().stream().sorted(keyOrder).toList(), grouped);
    }

    /** A paper's merged record and the keys of its names, before the names become terms. */
    private record MergedPaper(PaperRecord record, NoteRecord note, LocalDate day, List<String> authorKeys,
            List<String> topicKeys, String organizationKey) {

        PaperSources sources(Map<String, Author> authors, Map<String, Topic> topics,
                Map<String, Organization> organizations, Day dayOfPaper) {
            return new PaperSources(record, note, authorKeys.stream().map(authors::get).toList(),
                    organizationKey == null ? null : organizations.get(organizationKey),
                    topicKeys.stream().map(topics::get).toList(), dayOfPaper);
        }
    }
}
