package io.github.paperdigest.bench;

import java.util.List;

/**
 * Everything measured on one corpus; a part that was skipped is null.
 *
 * @param cli full builds of the command line, output deleted before each
 * @param cliRebuild the command line again over its output, after one note changed
 * @param maven full builds of the Maven goal
 * @param serve rebuilds in a running {@code serve} after one note changed
 * @param hugoProject the Hugo project written from the corpus
 * @param hugo full builds of Hugo, output deleted before each
 * @param hugoRebuild Hugo again over its output, after the same note changed
 * @param hugoWatch rebuilds in a running {@code hugo --watch} after the same note changed
 * @param failures what failed, each in a line; the others were measured all the same
 */
record CorpusResult(CorpusParameters parameters, CorpusFolder.Prepared corpus, BuildSeries cli,
        BuildSeries cliRebuild, BuildSeries maven, WatchedRebuilds serve, HugoSite.Conversion hugoProject,
        BuildSeries hugo, BuildSeries hugoRebuild, WatchedRebuilds hugoWatch, List<String> failures) {

    CorpusResult {
        failures = List.copyOf(failures);
    }
}
