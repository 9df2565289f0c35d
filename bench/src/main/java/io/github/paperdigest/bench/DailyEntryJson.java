package io.github.paperdigest.bench;

import io.github.paperdigest.bench.SyntheticPaper.Organization;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a paper as one entry of {@code https://huggingface.co/api/daily_papers?date=...}, in the current
 * schema and its field order (see testdata/hf-daily/2026-02-03.json): the {@code paper} object, then the
 * entry's own copies of the title and abstract, its thumbnail, comments and submitter. Fields the generator
 * ignores are written too, so that reading a file costs what reading a real one does.
 */
final class DailyEntryJson {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** When the made-up users and organisations "joined", the time part of their ids. */
    private static final Instant ACCOUNTS_CREATED = Instant.parse("2023-03-01T00:00:00Z");

    private static final String THUMBNAILS = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/";

    private DailyEntryJson() {
    }

    static void write(JsonWriter json, SyntheticPaper paper) {
        String submitter = paper.authors().get(0);
        json.beginObject().name("paper").beginObject().field("id", paper.id()).name("authors").beginArray();
        for (int i = 0; i < paper.authors().size(); i++) {
            json.beginObject().field("_id", objectId(paper.submittedAt(), paper.index(), i))
                    .field("name", paper.authors().get(i)).field("hidden", false).endObject();
        }
        json.endArray().field("publishedAt", TIME.format(paper.publishedAt()))
                .field("submittedOnDailyAt", TIME.format(paper.submittedAt())).field("title", paper.title());
        json.name("submittedOnDailyBy").beginObject().field("_id", objectId(ACCOUNTS_CREATED, submitter.hashCode(), 0))
                .field("avatarUrl", "/avatars/" + Handles.of(submitter) + ".svg").field("isPro", false)
                .field("fullname", submitter).field("user", Handles.of(submitter)).field("type", "user").endObject();
        json.field("summary", paper.summary()).field("upvotes", paper.upvotes())
                .field("discussionId", objectId(paper.submittedAt(), paper.index(), -1));
        if (paper.projectPage() != null) {
            json.field("projectPage", paper.projectPage());
        }
        if (paper.githubRepo() != null) {
            json.field("githubRepo", paper.githubRepo()).field("githubRepoAddedBy", "user");
        }
        json.field("ai_summary", paper.aiSummary()).name("ai_keywords").beginArray();
        paper.topics().forEach(json::value);
        json.endArray();
        if (paper.githubRepo() != null) {
            json.field("githubStars", paper.githubStars());
        }
        organization(json, paper.organization());
        json.endObject();
        json.field("publishedAt", TIME.format(paper.publishedAt())).field("title", paper.title())
                .field("summary", paper.summary())
                .field("thumbnail", THUMBNAILS + paper.id() + ".png")
                .field("numComments", paper.comments());
        json.name("submittedBy").beginObject().field("_id", objectId(ACCOUNTS_CREATED, submitter.hashCode(), 0))
                .field("avatarUrl", "/avatars/" + Handles.of(submitter) + ".svg").field("fullname", submitter)
                .field("name", Handles.of(submitter)).field("type", "user").field("isPro", false).field("isHf", false)
                .field("isHfAdmin", false).field("isMod", false).field("followerCount", 0)
                .field("isUserFollowing", false).endObject();
        organization(json, paper.organization());
        json.field("isAuthorParticipating", false).endObject();
    }

    private static void organization(JsonWriter json, Organization organization) {
        if (organization != null) {
            json.name("organization").beginObject()
                    .field("_id", objectId(ACCOUNTS_CREATED, organization.handle().hashCode(), 1))
                    .field("name", organization.handle()).field("fullname", organization.fullName())
                    .field("avatar", "https://cdn-avatars.huggingface.co/" + organization.handle() + ".png")
                    .endObject();
        }
    }

    /** A MongoDB-style id as Hugging Face's: 8 hex digits of seconds, then 16 from what it identifies. */
    private static String objectId(Instant time, long owner, long item) {
        long rest = Seeds.mix(owner * 0x9E3779B97F4A7C15L + item);
        return String.format(Locale.ROOT, "%08x%016x", time.getEpochSecond(), rest);
    }
}
