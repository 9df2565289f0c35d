package io.github.paperdigest.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.paperdigest.bench.SyntheticPaper.Organization;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

    static void write(JsonGenerator json, SyntheticPaper paper) throws IOException {
        String submitter = paper.authors().get(0);
        json.writeStartObject();
        json.writeObjectFieldStart("paper");
        json.writeStringField("id", paper.id());
        json.writeArrayFieldStart("authors");
        for (int i = 0; i < paper.authors().size(); i++) {
            json.writeStartObject();
            json.writeStringField("_id", objectId(paper.submittedAt(), paper.index(), i));
            json.writeStringField("name", paper.authors().get(i));
            json.writeBooleanField("hidden", false);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("publishedAt", TIME.format(paper.publishedAt()));
        json.writeStringField("submittedOnDailyAt", TIME.format(paper.submittedAt()));
        json.writeStringField("title", paper.title());
        json.writeObjectFieldStart("submittedOnDailyBy");
        json.writeStringField("_id", objectId(ACCOUNTS_CREATED, submitter.hashCode(), 0));
        json.writeStringField("avatarUrl", "/avatars/" + Handles.of(submitter) + ".svg");
        json.writeBooleanField("isPro", false);
        json.writeStringField("fullname", submitter);
        json.writeStringField("user", Handles.of(submitter));
        json.writeStringField("type", "user");
        json.writeEndObject();
        json.writeStringField("summary", paper.summary());
        json.writeNumberField("upvotes", paper.upvotes());
        json.writeStringField("discussionId", objectId(paper.submittedAt(), paper.index(), -1));
        if (paper.projectPage() != null) {
            json.writeStringField("projectPage", paper.projectPage());
        }
        if (paper.githubRepo() != null) {
            json.writeStringField("githubRepo", paper.githubRepo());
            json.writeStringField("githubRepoAddedBy", "user");
        }
        json.writeStringField("ai_summary", paper.aiSummary());
        json.writeArrayFieldStart("ai_keywords");
        for (String topic : paper.topics()) {
            json.writeString(topic);
        }
        json.writeEndArray();
        if (paper.githubRepo() != null) {
            json.writeNumberField("githubStars", paper.githubStars());
        }
        organization(json, paper.organization());
        json.writeEndObject();
        json.writeStringField("publishedAt", TIME.format(paper.publishedAt()));
        json.writeStringField("title", paper.title());
        json.writeStringField("summary", paper.summary());
        json.writeStringField("thumbnail", THUMBNAILS + paper.id() + ".png");
        json.writeNumberField("numComments", paper.comments());
        json.writeObjectFieldStart("submittedBy");
        json.writeStringField("_id", objectId(ACCOUNTS_CREATED, submitter.hashCode(), 0));
        json.writeStringField("avatarUrl", "/avatars/" + Handles.of(submitter) + ".svg");
        json.writeStringField("fullname", submitter);
        json.writeStringField("name", Handles.of(submitter));
        json.writeStringField("type", "user");
        for (String flag : List.of("isPro", "isHf", "isHfAdmin", "isMod")) {
            json.writeBooleanField(flag, false);
        }
        json.writeNumberField("followerCount", 0);
        json.writeBooleanField("isUserFollowing", false);
        json.writeEndObject();
        organization(json, paper.organization());
        json.writeBooleanField("isAuthorParticipating", false);
        json.writeEndObject();
    }

    private static void organization(JsonGenerator json, Organization organization) throws IOException {
        if (organization != null) {
            json.writeObjectFieldStart("organization");
            json.writeStringField("_id", objectId(ACCOUNTS_CREATED, organization.handle().hashCode(), 1));
            json.writeStringField("name", organization.handle());
            json.writeStringField("fullname", organization.fullName());
            json.writeStringField("avatar", "https://cdn-avatars.huggingface.co/" + organization.handle() + ".png");
            json.writeEndObject();
        }
    }

    /** A MongoDB-style id as Hugging Face's: 8 hex digits of seconds, then 16 from what it identifies. */
    private static String objectId(Instant time, long owner, long item) {
        long rest = Seeds.mix(owner * 0x9E3779B97F4A7C15L + item);
        return String.format(Locale.ROOT, "%08x%016x", time.getEpochSecond(), rest);
    }
}
