package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.PageLookup;
import io.github.postmortems.confluence.review.ReviewActors;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.review.Decision;
import io.github.postmortems.review.Person;
import io.github.postmortems.review.Review;
import io.github.postmortems.review.ReviewStep;
import io.github.postmortems.review.ReviewSteps;
import io.github.postmortems.text.JsonNesting;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The details card's review steps on one page: request review (editors, naming reviewers), approve and request
 * changes (the space's approvers, with a comment), publish (editors, once approved). Each step writes the page's
 * Status and an Approvals row in one new version and is recorded ({@link ReviewSteps}). Requests must be JSON and
 * carry {@code X-Atlassian-Token: no-check}, which a cross-site form or link cannot send; who may take which step is
 * decided here, on the server, never by the button shown. Every answer carries a message in the user's language.
 */
@Path("/pages/{pageId}/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    /** Twenty user names and a 2,000-character comment fit many times over. */
    static final int MAX_BODY = 32 * 1024;
    private static final int MAX_DEPTH = 4;
    private static final int MAX_NAME = 255;

    private final ReviewSteps steps;
    private final ReviewActors actors;
    private final ApprovalRulesStore rules;
    private final PageManager pages;
    private final UserManager users;
    private final TimeZoneManager zones;
    private final Messages messages;

    @Inject
    public ReviewResource(ReviewSteps steps, ReviewActors actors, ApprovalRulesStore rules, PageManager pages,
                          UserManager users, TimeZoneManager zones, Messages messages) {
        this.steps = steps;
        this.actors = actors;
        this.rules = rules;
        this.pages = pages;
        this.users = users;
        this.zones = zones;
        this.messages = messages;
    }

    /** {@code {"reviewers":["lee","sam"]}}: user names, as the user picker gives them. */
    @POST
    @Path("/request")
    public Response requestReview(@PathParam("pageId") long pageId, @HeaderParam("Content-Type") String type,
                                  @HeaderParam(EditorGate.XSRF_HEADER) String xsrf, InputStream body) {
        return step(pageId, type, xsrf, body, json -> reviewers(json).map(ReviewStep.RequestReview::new));
    }

    /** {@code {"comment":"..."}}, the comment optional. */
    @POST
    @Path("/approve")
    public Response approve(@PathParam("pageId") long pageId, @HeaderParam("Content-Type") String type,
                            @HeaderParam(EditorGate.XSRF_HEADER) String xsrf, InputStream body) {
        return step(pageId, type, xsrf, body, json -> comment(json).map(ReviewStep.Approve::new));
    }

    /** {@code {"comment":"..."}}, the comment required. */
    @POST
    @Path("/request-changes")
    public Response requestChanges(@PathParam("pageId") long pageId, @HeaderParam("Content-Type") String type,
                                   @HeaderParam(EditorGate.XSRF_HEADER) String xsrf, InputStream body) {
        return step(pageId, type, xsrf, body, json -> comment(json).map(ReviewStep.RequestChanges::new));
    }

    @POST
    @Path("/publish")
    public Response publish(@PathParam("pageId") long pageId, @HeaderParam("Content-Type") String type,
                            @HeaderParam(EditorGate.XSRF_HEADER) String xsrf, InputStream body) {
        return step(pageId, type, xsrf, body, json -> Asked.of(new ReviewStep.Publish()));
    }

    /** What the body asked for, or why it cannot be read (answered 400). */
    private interface StepReader {
        Asked<ReviewStep> read(JsonObject body);
    }

    /** A value read from the body, or the message key (and arguments) saying why not. */
    private record Asked<T>(T value, String refusal, Object... args) {
        static <T> Asked<T> of(T value) {
            return new Asked<>(value, "");
        }

        static <T> Asked<T> refused(String key, Object... args) {
            return new Asked<>(null, key, args);
        }

        <R> Asked<R> map(java.util.function.Function<T, R> step) {
            return value == null ? new Asked<>(null, refusal, args) : Asked.of(step.apply(value));
        }
    }

    private Response step(long pageId, String type, String xsrf, InputStream body, StepReader reader) {
        if (!"no-check".equals(xsrf)) {
            return JsonAnswers.status(403, messages.text("postmortems.jira.rest.xsrf"));
        }
        if (!JsonBodies.isJson(type)) {
            return JsonAnswers.status(415, messages.text("postmortems.review.rest.content-type"));
        }
        Page page = PageLookup.byId(pages, pageId);
        if (page == null) {
            return JsonAnswers.status(404, messages.text("postmortems.jira.rest.not-current"));
        }
        Optional<Person> person = actors.current(page, rules.applying(page.getSpaceKey()));
        if (person.isEmpty()) {
            return JsonAnswers.status(403, messages.text("postmortems.review.rest.forbidden"));
        }
        Optional<JsonObject> json = parse(body);
        if (json.isEmpty()) {
            return JsonAnswers.status(400, messages.text("postmortems.review.rest.malformed"));
        }
        Asked<ReviewStep> asked = reader.read(json.get());
        if (asked.value() == null) {
            return JsonAnswers.status(400, messages.text(asked.refusal(), asked.args()));
        }
        ReviewSteps.Result result = steps.take(pageId, person.get(), asked.value(), messages,
                zones.getDefaultTimeZone().toZoneId());
        if (result instanceof ReviewSteps.Result.Refused refused) {
            return JsonAnswers.status(statusOf(refused.i18nKey()), messages.text(refused.i18nKey()));
        }
        ReviewSteps.Result.Taken taken = (ReviewSteps.Result.Taken) result;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", taken.moved().review().status().name());
        answer.put("statusText", messages.text(taken.moved().review().status().i18nKey()));
        answer.put("version", taken.version());
        answer.put("told", taken.told().size());
        answer.put("message", messages.text("postmortems.review.rest.done." + doneKey(taken.moved().decision()),
                messages.text(taken.moved().review().status().i18nKey())));
        return JsonAnswers.ok(answer);
    }

    private static String doneKey(Decision decision) {
        return decision.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static int statusOf(String refusal) {
        if (refusal.endsWith(".not-an-editor") || refusal.endsWith(".not-an-approver")) {
            return 403;
        }
        if (refusal.endsWith(".no-reviewers") || refusal.endsWith(".too-many-reviewers")
                || refusal.endsWith(".comment-required") || refusal.endsWith(".comment-too-long")) {
            return 400;
        }
        return refusal.endsWith(".no-page") ? 404 : 409;
    }

    /** Names of people this site knows, each as its user key; none unknown, at most {@link Review#MAX_REVIEWERS}. */
    private Asked<List<String>> reviewers(JsonObject body) {
        JsonElement names = body.get("reviewers");
        if (names == null || !names.isJsonArray()) {
            return Asked.refused("postmortems.review.refused.no-reviewers");
        }
        JsonArray array = names.getAsJsonArray();
        if (array.size() > Review.MAX_REVIEWERS) {
            return Asked.refused("postmortems.review.refused.too-many-reviewers");
        }
        List<String> keys = new ArrayList<>();
        for (JsonElement name : array) {
            if (!name.isJsonPrimitive() || !name.getAsJsonPrimitive().isString()) {
                return Asked.refused("postmortems.review.rest.malformed");
            }
            String typed = name.getAsString().strip();
            if (typed.isEmpty()) {
                continue;
            }
            UserProfile profile = typed.length() > MAX_NAME ? null : users.getUserProfile(typed);
            if (profile == null || profile.getUserKey() == null) {
                return Asked.refused("postmortems.review.rest.unknown-reviewer", shown(typed));
            }
            keys.add(profile.getUserKey().getStringValue());
        }
        if (keys.isEmpty()) {
            return Asked.refused("postmortems.review.refused.no-reviewers");
        }
        return Asked.of(keys);
    }

    private static Asked<String> comment(JsonObject body) {
        JsonElement comment = body.get("comment");
        if (comment == null || comment.isJsonNull()) {
            return Asked.of("");
        }
        if (!comment.isJsonPrimitive() || !comment.getAsJsonPrimitive().isString()) {
            return Asked.refused("postmortems.review.rest.malformed");
        }
        String typed = comment.getAsString();
        return typed.strip().length() > Decision.MAX_COMMENT
                ? Asked.refused("postmortems.review.refused.comment-too-long") : Asked.of(typed);
    }

    /** A typed name as the refusal shows it: short, on one line. */
    private static String shown(String typed) {
        String line = typed.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 60 ? line.substring(0, 59) + "\u2026" : line;
    }

    private static Optional<JsonObject> parse(InputStream body) {
        String text;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                return Optional.empty();
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        if (text.isBlank()) {
            return Optional.of(new JsonObject());
        }
        if (JsonNesting.deeperThan(text, MAX_DEPTH)) {
            return Optional.empty();
        }
        try {
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? Optional.of(parsed.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException | IllegalStateException malformed) {
            return Optional.empty();
        }
    }
}
