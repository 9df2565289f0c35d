package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.fetch.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists a day's entries from {@code <api>/daily_papers}, page by page: the API answers at most
 * {@code limit} entries at a time, and a full page means there may be more on the next one.
 */
public final class DailyPapersClient {

    /** The most the API gives in one page. */
    static final int PAGE_SIZE = 100;

    /** 2,000 papers in a day; the busiest days so far have had about a hundred. */
    static final int MAX_PAGES = 20;

    private final String apiUrl;
    private final RetryingGet get;

    /**
     * @param apiUrl the API's base URL, such as {@code https://huggingface.co/api}, with or without a final slash
     */
    public DailyPapersClient(String apiUrl, Duration connectTimeout, Duration requestTimeout, RetryPolicy policy,
            Sleeper sleeper, Clock clock) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.get = new RetryingGet(http, requestTimeout, policy, sleeper, clock);
    }

    /** Every entry the API lists for {@code day}, in the API's order, each an object. */
    public List<JsonNode> entries(LocalDate day) throws IOException, InterruptedException {
        List<JsonNode> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            List<JsonNode> found = get.entries(pageUri(day, page));
            entries.addAll(found);
            // An API that ignored `p` would send the first page again and again: nothing new means the end.
            boolean anythingNew = false;
            for (JsonNode entry : found) {
                String id = EntryIds.idOf(entry);
                anythingNew |= id == null || ids.add(id);
            }
            if (found.size() < PAGE_SIZE || !anythingNew) {
                return entries;
            }
        }
        throw new IOException("the API still had papers for " + day + " after " + MAX_PAGES + " pages of "
                + PAGE_SIZE + "; is it ignoring the `p` parameter?");
    }

    /** The date comes first, as in the API's own links; later pages add {@code p}, counted from 0. */
    URI pageUri(LocalDate day, int page) {
        String query = "date=" + day + "&limit=" + PAGE_SIZE + (page == 0 ? "" : "&p=" + page);
        return URI.create(apiUrl + "/daily_papers?" + query);
    }
}
