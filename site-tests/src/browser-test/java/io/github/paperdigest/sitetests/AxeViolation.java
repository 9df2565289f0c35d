package io.github.paperdigest.sitetests;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One rule that axe-core found broken on a page, as {@code axe.run} reports it: the rule, how much it hurts a
 * reader ({@code minor}, {@code moderate}, {@code serious} or {@code critical}), and the elements that break it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AxeViolation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

    /** How many of a rule's elements a report lists; a rule broken by a template usually repeats on every card. */
    private static final int NODES_SHOWN = 8;

    /**
     * An element that breaks the rule: its CSS selector path ({@code target}, an array with one selector per
     * frame or shadow root), its opening HTML, and axe's account of what is wrong, such as a contrast ratio.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Node(JsonNode target, String html, String failureSummary) {
    }

    /** Serious and critical violations fail the tests; minor and moderate ones are printed. */
    boolean seriousOrCritical() {
        return "serious".equals(impact) || "critical".equals(impact);
    }

    /** The rule, its impact and help, and its elements, indented, for a test's failure message. */
    String format() {
        StringBuilder text = new StringBuilder();
        text.append("  ").append(id).append(" (").append(impact).append("): ").append(help)
                .append(" <").append(helpUrl).append(">\n");
        for (Node node : nodes.subList(0, Math.min(nodes.size(), NODES_SHOWN))) {
            text.append("    ").append(node.target()).append("\n");
            text.append("      ").append(node.html().replace("\n", "\n      ")).append("\n");
            if (node.failureSummary() != null) {
                text.append("      ").append(node.failureSummary().replace("\n", "\n      ")).append("\n");
            }
        }
        if (nodes.size() > NODES_SHOWN) {
            text.append("    and ").append(nodes.size() - NODES_SHOWN).append(" more elements\n");
        }
        return text.toString();
    }
}
