package io.github.paperdigest.internal.plan;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.page.Relations;
import io.github.paperdigest.page.TermCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Relates a term to the topics and authors of its papers by co-occurrence: a topic's related
 * topics are those its papers also carry, an author's co-authors those who signed papers with them.
 */
final class RelationsPlanner {

    /** How many related topics and how many authors a term page lists. */
    static final int LIMIT = 8;

    private static final Comparator<TermCount> MOST_SHARED_FIRST = Comparator.comparingInt(TermCount::count)
            .reversed()
            .thenComparing(count -> count.term().slug());

    private RelationsPlanner() {
    }

    /** @param papers all of the term's papers */
    static Relations of(Term term, List<Paper> papers) {
        return new Relations(mostShared(term, papers, Paper::topics), mostShared(term, papers, Paper::authors));
    }

    private static List<TermCount> mostShared(Term term, List<Paper> papers,
            Function<Paper, List<? extends Term>> termsOf) {
        Map<Term, Integer> counts = new HashMap<>();
        for (Paper paper : papers) {
            for (Term other : termsOf.apply(paper)) {
                if (!other.equals(term)) {
                    counts.merge(other, 1, Integer::sum);
                }
            }
        }
        return mostSharedFirst(counts);
    }

    /**
     * The {@link #LIMIT} most shared terms, best first. A big topic shares papers with hundreds of thousands of
     * authors; keeping the best few as they come spares sorting them all. The order is total (slugs are unique
     * within a taxonomy), so the result is the same as a full sort's.
     */
    private static List<TermCount> mostSharedFirst(Map<Term, Integer> counts) {
        PriorityQueue<TermCount> best = new PriorityQueue<>(LIMIT + 1, MOST_SHARED_FIRST.reversed());
        for (Map.Entry<Term, Integer> entry : counts.entrySet()) {
            best.add(new TermCount(entry.getKey(), entry.getValue()));
            if (best.size() > LIMIT) {
                best.poll();
            }
        }
        List<TermCount> first = new ArrayList<>(best);
        first.sort(MOST_SHARED_FIRST);
        return List.copyOf(first);
    }
}
