package io.github.paperdigest.bench;

import java.util.SplittableRandom;

/**
 * A paper's title, abstract, AI summary and note body, built from phrases.txt in the order real abstracts
 * follow: context, problem, proposal, details, experiments, results, release.
 */
final class PaperProse {

    private final PhraseFiller filler;
    private final SplittableRandom random;

    PaperProse(PhraseFiller filler, SplittableRandom random) {
        this.filler = filler;
        this.random = random;
    }

    String title() {
        return filler.sentence("title");
    }

    /** About 1,200 characters (real ones average 1,400); with {@code math}, one sentence holds TeX math. */
    String abstractText(boolean math) {
        StringBuilder text = new StringBuilder(1600);
        append(text, "context", 1 + random.nextInt(2));
        append(text, "problem", 1);
        append(text, "method", 1);
        append(text, "detail", 4 + random.nextInt(2));
        append(text, "math-detail", math ? 1 : 0);
        append(text, "experiment", 1 + random.nextInt(2));
        append(text, "result", 1 + random.nextInt(2));
        append(text, "release", random.nextInt(2));
        return text.toString();
    }

    String aiSummary() {
        return filler.sentence("summary");
    }

    String noteTitle() {
        return filler.sentence("note-title");
    }

    /** Two paragraphs and a list, with the Markdown editors use: emphasis, a list, sometimes math. */
    String noteBody(String modelName, boolean math) {
        StringBuilder body = new StringBuilder(800);
        String first = filler.sentence("note");
        int name = first.indexOf(modelName);
        body.append(name < 0 ? first : first.substring(0, name) + "**" + modelName + "**"
                + first.substring(name + modelName.length()));
        body.append(' ').append(filler.sentence("note"));
        if (math) {
            body.append(' ').append(filler.sentence("math-detail"));
        }
        body.append("\n\nQuestions for the *reading group*:\n\n");
        int items = 2 + random.nextInt(2);
        for (int i = 0; i < items; i++) {
            body.append("- ").append(filler.sentence("note-item")).append('\n');
        }
        return body.toString();
    }

    private void append(StringBuilder text, String section, int sentences) {
        for (int i = 0; i < sentences; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(filler.sentence(section));
        }
    }
}
