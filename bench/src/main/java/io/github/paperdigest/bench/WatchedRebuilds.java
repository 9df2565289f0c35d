package io.github.paperdigest.bench;

import java.util.List;

/**
 * The rebuilds of a running preview or watcher after edits of one note, each timed from the write of the file
 * until the tool shows the result: the reload event of our {@code serve}, the "Total in" line of
 * {@code hugo --watch}. Both wait for the file system to be quiet before rebuilding (ours 50 ms), which counts.
 *
 * @param seconds from each write to the result, in the order of the edits
 * @param ownSeconds each rebuild's time as the tool itself reports it
 * @param peakRssKiB the tool's peak resident memory over the first build and the rebuilds; 0 when unknown
 */
record WatchedRebuilds(List<Double> seconds, List<Double> ownSeconds, long peakRssKiB) {

    WatchedRebuilds {
        seconds = List.copyOf(seconds);
        ownSeconds = List.copyOf(ownSeconds);
    }
}
