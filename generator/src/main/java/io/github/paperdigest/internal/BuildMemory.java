package io.github.paperdigest.internal;

import io.github.paperdigest.internal.catalog.PaperSources;
import io.github.paperdigest.internal.load.FileReading;
import io.github.paperdigest.internal.load.FileVersion;
import io.github.paperdigest.internal.manifest.ModelDigest;
import io.github.paperdigest.internal.memo.Memo;
import io.github.paperdigest.internal.plan.PaperCitation;
import io.github.paperdigest.internal.plan.TermPapers;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.page.Relations;
import java.util.ArrayList;
import java.util.List;

/**
 * What a build may reuse of the build before it: each content file's reading while the file is
 * unchanged; the papers, terms, citations and related terms made from unchanged sources; the digests
 * of those papers and of the pages made of them. A preview keeps one from build to build, so that a
 * rebuild after one note changed reads one file and makes one paper again. A single build gets one
 * that keeps only what pays within that build, so that a large digest's records are not held after
 * they are merged.
 */
public final class BuildMemory {

    private final boolean acrossBuilds;
    private final List<Memo<?, ?>> memos = new ArrayList<>();
    private final Memo<FileVersion, FileReading> fileReadings;
    private final Memo<PaperSources, Paper> papers;
    private final Memo<String, String> topicNames;
    private final Memo<PaperCitation.Sources, PaperCitation> citations;
    private final Memo<Paper, String> citationKeyBases;
    private final Memo<TermPapers, Relations> relations;
    private final Memo<Record, Record> terms;
    private final Memo<ModelDigest.Identity, byte[]> digests;
    private final Memo<Object, String> modelDigests;

    private BuildMemory(boolean acrossBuilds) {
        this.acrossBuilds = acrossBuilds;
        this.fileReadings = keptAcrossBuilds();
        this.papers = keptAcrossBuilds();
        // Topics recur on thousands of papers, and digests on dozens of pages: worth keeping in any build.
        this.topicNames = kept();
        this.citations = keptAcrossBuilds();
        this.citationKeyBases = keptAcrossBuilds();
        this.relations = keptAcrossBuilds();
        this.terms = keptAcrossBuilds();
        this.digests = kept();
        this.modelDigests = keptAcrossBuilds();
    }

    /** The memory of a series of builds of one digest, such as a preview's. */
    public static BuildMemory acrossBuilds() {
        return new BuildMemory(true);
    }

    /** The memory of a build that no other follows. */
    public static BuildMemory forOneBuild() {
        return new BuildMemory(false);
    }

    /** Begins a build: what the last build made and this one does not use is forgotten as it ends. */
    public void nextBuild() {
        memos.forEach(Memo::nextBuild);
    }

    /** A memo that remembers in any build. */
    private <K, V> Memo<K, V> kept() {
        Memo<K, V> memo = Memo.remembering();
        memos.add(memo);
        return memo;
    }

    /** A memo that remembers only for a series of builds. */
    private <K, V> Memo<K, V> keptAcrossBuilds() {
        return acrossBuilds ? kept() : Memo.forgetting();
    }

    public Memo<FileVersion, FileReading> fileReadings() {
        return fileReadings;
    }

    public Memo<PaperSources, Paper> papers() {
        return papers;
    }

    /** Topic names with their LaTeX turned into characters, by spelling. */
    public Memo<String, String> topicNames() {
        return topicNames;
    }

    public Memo<PaperCitation.Sources, PaperCitation> citations() {
        return citations;
    }

    public Memo<Paper, String> citationKeyBases() {
        return citationKeyBases;
    }

    /** Terms' related terms, by the term and its papers. */
    public Memo<TermPapers, Relations> relations() {
        return relations;
    }

    /** Authors, topics, organisations and days, each by itself: a term equal to an earlier one is reused. */
    public Memo<Record, Record> terms() {
        return terms;
    }

    /** The digests of papers, terms and long texts, by identity. */
    public Memo<ModelDigest.Identity, byte[]> digests() {
        return digests;
    }

    /** The digests of pages, feeds and BibTeX files, by model. */
    public Memo<Object, String> modelDigests() {
        return modelDigests;
    }
}
