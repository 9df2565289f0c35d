package io.github.paperdigest.cli;

import io.github.paperdigest.fetch.DailyPapersFetcher;
import io.github.paperdigest.fetch.DayReport;
import io.github.paperdigest.fetch.FetchReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Downloads the Hugging Face daily papers of some days into papers/YYYY-MM-DD.json, "
                + "merged into the committed files: no paper is lost, the API's latest values win.",
            "Exit codes: 0 every day fetched, 1 a committed file cannot be merged into, "
                + "2 a usage error, or a day failed on the network or on disk."})
final class FetchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "DAYS", required = true,
            description = "YYYY-MM-DD, an inclusive range FIRST..LAST such as 2026-02-02..2026-02-06, "
                    + "yesterday or today (UTC days).")
    private String date;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = ".",
            description = "The digest's folder; the days go to its papers/ (default: ${DEFAULT-VALUE}).")
    private Path content;

    @Option(names = "--api-url", paramLabel = "URL", defaultValue = DailyPapersFetcher.DEFAULT_API_URL,
            description = "The API's base URL (default: ${DEFAULT-VALUE}).")
    private String apiUrl;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            FetchReport report = DailyPapersFetcher.builder().contentDirectory(content).apiUrl(apiUrl).build()
                    .fetch(date);
            for (DayReport day : report.days()) {
                (day.failed() ? stderr : stdout).println(day.line());
            }
            if (!report.failed()) {
                stdout.println("Fetched " + report.summary());
                return 0;
            }
            stderr.println("Fetch failed: " + report.summary());
            // A network failure may pass on a later run; a file to fix needs a person, but not before the network.
            return report.hasIoFailures() ? Main.USAGE_OR_IO_ERROR : Main.CONTENT_ERRORS;
        } catch (IOException e) {
            stderr.println("Cannot fetch: " + e.getMessage());
            return Main.USAGE_OR_IO_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stderr.println("Fetch interrupted");
            return Main.USAGE_OR_IO_ERROR;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
