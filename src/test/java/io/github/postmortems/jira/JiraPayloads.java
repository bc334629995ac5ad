package io.github.postmortems.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.postmortems.postmortem.IssueKey;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A realistic Jira DC 9 {@code jira:issue_updated} webhook ({@code /jira/webhook-issue-updated-dc9.json}, shaped as
 * Atlassian's "Webhooks" page for Jira Server/DC shows it: timestamp, webhookEvent, issue_event_type_name, user,
 * issue, changelog) and every gap an optional field of its issue can have: left out, null, blank, or of another JSON
 * type, each with what the snapshot must then read.
 */
public final class JiraPayloads {

    private JiraPayloads() {
    }

    /** What the payload's issue reads as, every field present. */
    public static final IssueSnapshot WHOLE = new IssueSnapshot(IssueKey.parse("OPS-131").orElseThrow(), "10533",
            "Done", new JiraStatusCategory("done", "Done", "green"), Optional.of(new Assignee("jdoe", "John Doe")),
            Optional.of(LocalDate.of(2026, 11, 30)), Optional.of(Instant.parse("2026-11-23T09:24:11Z")),
            Optional.of(Instant.parse("2026-11-23T09:24:11Z")));

    /** A fresh copy of the whole webhook payload. */
    public static JsonObject webhook() {
        try (InputStream in = JiraPayloads.class.getResourceAsStream("/jira/webhook-issue-updated-dc9.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload's issue, as a search answer carries it too. */
    public static JsonObject issue() {
        return webhook().getAsJsonObject("issue");
    }

    /**
     * One optional field of {@code issue.fields} changed.
     *
     * @param path     the field, dotted for a member inside it ({@code assignee.name})
     * @param shape    what it became, for the test's name
     * @param value    its new value; Java null to leave it out
     * @param expected what the snapshot of the whole issue then reads, from what it reads without the gap
     */
    public record Gap(String path, String shape, JsonElement value, UnaryOperator<IssueSnapshot> expected) {

        /** Applies the gap to an issue's {@code fields}. */
        public void applyTo(JsonObject fields) {
            String[] steps = path.split("\\.");
            JsonObject parent = fields;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = parent.getAsJsonObject(steps[i]);
            }
            if (value == null) {
                parent.remove(steps[steps.length - 1]);
            } else {
                parent.add(steps[steps.length - 1], value.deepCopy());
            }
        }

        /** The top-level field the gap is in. */
        public String field() {
            return path.split("\\.")[0];
        }

        @Override
        public String toString() {
            return path + " " + shape;
        }
    }

    public static List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (String field : List.of("reporter", "resolution", "priority", "issuetype")) {
            objectGaps(gaps, field, "Done", UnaryOperator.identity(), UnaryOperator.identity());
        }
        objectGaps(gaps, "assignee", "jdoe", JiraPayloads::unassigned,
                s -> with(s, Optional.of(new Assignee("jdoe", "jdoe")), s.dueDate(), s.resolved(), s.updated()));
        stringGaps(gaps, "assignee.name", JiraPayloads::unassigned);
        stringGaps(gaps, "assignee.displayName",
                s -> with(s, Optional.of(new Assignee("jdoe", "jdoe")), s.dueDate(), s.resolved(), s.updated()));
        objectGaps(gaps, "status.statusCategory", "done", JiraPayloads::noCategory, JiraPayloads::noCategory);
        stringGaps(gaps, "status.statusCategory.key", JiraPayloads::noCategory);
        stringGaps(gaps, "status.statusCategory.name", s -> category(s, new JiraStatusCategory("done", null, "green")));
        stringGaps(gaps, "status.statusCategory.colorName", s -> category(s, new JiraStatusCategory("done", "Done", null)));

        UnaryOperator<IssueSnapshot> noDueDate = s -> with(s, s.assignee(), Optional.empty(), s.resolved(), s.updated());
        stringGaps(gaps, "duedate", noDueDate);
        for (String odd : List.of("2026-13-45", "2026-02-30", "2026-11-30T10:00:00.000+0100", "30.11.2026",
                "20261130", "next Friday")) {
            gaps.add(new Gap("duedate", "'" + odd + "'", new JsonPrimitive(odd), noDueDate));
        }
        gaps.add(new Gap("duedate", "with spaces around", new JsonPrimitive(" 2026-11-30 "),
                UnaryOperator.identity()));
        UnaryOperator<IssueSnapshot> unresolved = s -> with(s, s.assignee(), s.dueDate(), Optional.empty(), s.updated());
        UnaryOperator<IssueSnapshot> notUpdated = s -> with(s, s.assignee(), s.dueDate(), s.resolved(), Optional.empty());
        stringGaps(gaps, "resolutiondate", unresolved);
        stringGaps(gaps, "updated", notUpdated);
        for (String odd : List.of("yesterday", "2026-11-23", "2026-11-23T25:00:00.000+0100")) {
            gaps.add(new Gap("resolutiondate", "'" + odd + "'", new JsonPrimitive(odd), unresolved));
            gaps.add(new Gap("updated", "'" + odd + "'", new JsonPrimitive(odd), notUpdated));
        }
        return gaps;
    }

    /** Gaps of a field Jira writes as an object; {@code bare} is what a bare string in its place reads as. */
    private static void objectGaps(List<Gap> gaps, String path, String text, UnaryOperator<IssueSnapshot> missing,
                                   UnaryOperator<IssueSnapshot> bare) {
        gaps.add(new Gap(path, "left out", null, missing));
        gaps.add(new Gap(path, "null", JsonNull.INSTANCE, missing));
        gaps.add(new Gap(path, "blank", new JsonPrimitive(""), missing));
        gaps.add(new Gap(path, "spaces", new JsonPrimitive("   "), missing));
        gaps.add(new Gap(path, "a number", new JsonPrimitive(42), missing));
        gaps.add(new Gap(path, "a boolean", new JsonPrimitive(true), missing));
        gaps.add(new Gap(path, "an empty list", new JsonArray(), missing));
        gaps.add(new Gap(path, "a list of one string", array(text), missing));
        gaps.add(new Gap(path, "an empty object", new JsonObject(), missing));
        gaps.add(new Gap(path, "a bare string", new JsonPrimitive(text), bare));
    }

    /** Gaps of a field or member Jira writes as a string. */
    private static void stringGaps(List<Gap> gaps, String path, UnaryOperator<IssueSnapshot> missing) {
        gaps.add(new Gap(path, "left out", null, missing));
        gaps.add(new Gap(path, "null", JsonNull.INSTANCE, missing));
        gaps.add(new Gap(path, "blank", new JsonPrimitive(""), missing));
        gaps.add(new Gap(path, "spaces", new JsonPrimitive("   "), missing));
        gaps.add(new Gap(path, "a number", new JsonPrimitive(20261130), missing));
        gaps.add(new Gap(path, "a boolean", new JsonPrimitive(false), missing));
        gaps.add(new Gap(path, "a list", array("x"), missing));
        gaps.add(new Gap(path, "an object", new JsonObject(), missing));
    }

    private static JsonArray array(String element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }

    private static IssueSnapshot unassigned(IssueSnapshot s) {
        return with(s, Optional.empty(), s.dueDate(), s.resolved(), s.updated());
    }

    private static IssueSnapshot noCategory(IssueSnapshot s) {
        return category(s, JiraStatusCategory.undefined());
    }

    private static IssueSnapshot category(IssueSnapshot s, JiraStatusCategory category) {
        return new IssueSnapshot(s.key(), s.id(), s.statusName(), category, s.assignee(), s.dueDate(), s.resolved(),
                s.updated());
    }

    private static IssueSnapshot with(IssueSnapshot s, Optional<Assignee> assignee, Optional<LocalDate> due,
                                      Optional<Instant> resolved, Optional<Instant> updated) {
        return new IssueSnapshot(s.key(), s.id(), s.statusName(), s.statusCategory(), assignee, due, resolved, updated);
    }
}
