package io.github.paperdigest.bench;

import io.github.paperdigest.bench.SyntheticPaper.Organization;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fictional Hugging Face organisations, a place and a kind ("Northfield AI Lab"), drawn by a Zipf law as a
 * few large labs put out many of the papers.
 */
final class Organizations {

    private final List<String> places;
    private final List<String> kinds;
    private final ZipfSampler ranks;

    Organizations(Vocabulary vocabulary) {
        this.places = vocabulary.section("org-place");
        this.kinds = vocabulary.section("org-kind");
        this.ranks = new ZipfSampler(places.size() * kinds.size(), 1.0);
    }

    Organization pick(SplittableRandom random) {
        int rank = ranks.sample(random);
        String fullName = places.get(rank % places.size()) + " " + kinds.get(rank / places.size());
        return new Organization(fullName.replace(" ", ""), fullName);
    }
}
