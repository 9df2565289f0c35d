package io.github.paperdigest.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The corpus's topics (ai_keywords), most frequent rank first: the real keywords of topics.txt, then, for
 * corpora with real data's tens of thousands of keywords, those keywords prefixed by a word of words.txt
 * ("sparse video generation"). All are lowercase and distinct, so each is one topic page.
 */
final class TopicNames {

    private TopicNames() {
    }

    static List<String> first(int count, List<String> words) {
        List<String> base = WordLists.list("topics.txt");
        List<String> topics = new ArrayList<>(count);
        Set<String> seen = new HashSet<>(); // membership only: the list's order never depends on hashing
        for (String topic : base) {
            if (topics.size() < count && seen.add(topic)) {
                topics.add(topic);
            }
        }
        for (int word = 0; topics.size() < count; word++) {
            if (word == words.size()) {
                throw new IllegalArgumentException("at most " + topics.size() + " topics can be made, not " + count);
            }
            String prefix = words.get(word);
            for (int i = 0; i < base.size() && topics.size() < count; i++) {
                String topic = prefix + " " + base.get(i);
                if (!base.get(i).contains(prefix) && seen.add(topic)) {
                    topics.add(topic);
                }
            }
        }
        return topics;
    }
}
