package io.github.postmortems.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.postmortems.postmortem.IssueKey;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Jira DC's answers about one incident: {@code GET /rest/api/2/issue/{key}?expand=changelog} and pages of
 * {@code GET /rest/api/2/issue/{key}/comment}. The answers come from outside: every list is cut at a bound, every
 * text at a length, and an entry whose time cannot be read is left out with a warning instead of failing the rest.
 */
final class IncidentReader {

    /** A long incident has hundreds of changes; past this it is a runaway automation, and the draft would be noise. */
    static final int MAX_CHANGES = 5_000;
    static final int MAX_COMMENTS = 1_000;
    static final int MAX_LINKS = 200;
    /** Items per history entry: one edit changes a few fields, a bulk edit a few tens. */
    private static final int MAX_ITEMS = 100;
    /** A comment becomes one timeline row's text: a paragraph, not an essay. */
    static final int MAX_COMMENT_CHARS = 2_000;
    private static final int MAX_NAME_CHARS = 255;
    private static final int MAX_SUMMARY_CHARS = 255;
    private static final int MAX_FIELD_CHARS = 1_000;

    /** Jira DC writes {@code 2024-01-15T10:22:33.123+0000}: an offset without a colon (as IssueSnapshotReader reads). */
    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    private final IssueKey asked;
    private final List<String> warnings = new ArrayList<>();

    IncidentReader(IssueKey asked) {
        this.asked = asked;
    }

    /** The issue without its comments (they come in later pages). */
    Issue issue(JsonObject issue, List<String> extraFields) throws JiraUnavailable {
        String keyText = Json.string(issue, "key").orElseThrow(() -> Json.unreadable("an incident", "no key"));
        IssueKey key = IssueKey.parse(keyText).orElseThrow(() -> Json.unreadable("an incident",
                "'" + cut(keyText, 40) + "' is not an issue key"));
        JsonObject fields = object(issue, "fields").orElseThrow(() -> Json.unreadable("an incident", "no fields"));
        Instant created = Json.string(fields, "created").flatMap(IncidentReader::time)
                .orElseThrow(() -> Json.unreadable("an incident", key + " has no readable created time"));
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : extraFields) {
            value(fields.get(field)).ifPresent(value -> values.put(field, cut(value, MAX_FIELD_CHARS)));
        }
        Optional<Instant> resolved = Json.string(fields, "resolutiondate").filter(t -> !t.isBlank())
                .flatMap(text -> timeOrWarn(text, key + ": resolutiondate"));
        return new Issue(key, browseUrl(issue, key), cut(Json.string(fields, "summary").orElse("").strip(),
                MAX_SUMMARY_CHARS), Json.string(fields, "priority", "name").map(p -> cut(p, MAX_NAME_CHARS)),
                created, resolved, person(fields.get("assignee")), person(fields.get("reporter")), values,
                changes(key, issue), links(key, fields));
    }

    /** One page of comments; {@link CommentPage#total()} is what Jira says the issue has in all. */
    CommentPage comments(JsonObject page, int room) throws JiraUnavailable {
        JsonElement list = page.get("comments");
        if (list == null || !list.isJsonArray()) {
            throw Json.unreadable("an incident's comments", "no comments in the page");
        }
        List<JiraIncident.Comment> comments = new ArrayList<>();
        int served = 0;
        for (JsonElement element : list.getAsJsonArray()) {
            served++;
            if (comments.size() >= room || !element.isJsonObject()) {
                continue;
            }
            JsonObject comment = element.getAsJsonObject();
            Optional<Instant> at = Json.string(comment, "created")
                    .flatMap(text -> timeOrWarn(text, asked + ": a comment's created time"));
            if (at.isPresent()) {
                comments.add(new JiraIncident.Comment(cut(Json.string(comment, "id").orElse(""), MAX_NAME_CHARS),
                        at.get(), person(comment.get("author")),
                        cut(Json.string(comment, "body").orElse(""), MAX_COMMENT_CHARS)));
            }
        }
        long total = Json.number(page, "total").orElse((long) served);
        return new CommentPage(comments, served, total);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    record Issue(IssueKey key, Optional<URI> browseUrl, String summary, Optional<String> priority, Instant created,
                 Optional<Instant> resolved, Optional<JiraIncident.Person> assignee,
                 Optional<JiraIncident.Person> reporter, Map<String, String> fieldValues,
                 List<JiraIncident.Change> changes, List<JiraIncident.Link> links) {
    }

    /**
     * @param served how many comments the page held (read or not), to know where the next page starts
     */
    record CommentPage(List<JiraIncident.Comment> comments, int served, long total) {
    }

    private List<JiraIncident.Change> changes(IssueKey key, JsonObject issue) throws JiraUnavailable {
        Optional<JsonObject> changelog = object(issue, "changelog");
        if (changelog.isEmpty()) {
            warnings.add(key + ": Jira sent no change history");
            return List.of();
        }
        JsonElement histories = changelog.get().get("histories");
        if (histories == null || !histories.isJsonArray()) {
            warnings.add(key + ": Jira's change history has no entries list");
            return List.of();
        }
        JsonArray all = histories.getAsJsonArray();
        long total = Json.number(changelog.get(), "total").orElse((long) all.size());
        // Jira DC answers the whole history at once; a Jira that cut it (as Cloud does) is said, not hidden
        if (total > all.size()) {
            warnings.add(key + ": Jira sent " + all.size() + " of " + total + " changes");
        }
        List<JiraIncident.Change> changes = new ArrayList<>();
        int entries = 0;
        for (JsonElement element : all) {
            if (++entries > MAX_CHANGES) {
                warnings.add(key + ": only the first " + MAX_CHANGES + " of " + all.size() + " changes were read");
                break;
            }
            if (!element.isJsonObject()) {
                continue;
            }
            // One pass over each object's members: a long history is thousands of lookups otherwise, each a tree search
            JsonObject history = element.getAsJsonObject();
            String created = null;
            String id = "";
            JsonElement author = null;
            JsonElement items = null;
            for (Map.Entry<String, JsonElement> member : history.entrySet()) {
                switch (member.getKey()) {
                    case "created" -> created = primitive(member.getValue());
                    case "id" -> id = cut(Optional.ofNullable(primitive(member.getValue())).orElse(""), MAX_NAME_CHARS);
                    case "author" -> author = member.getValue();
                    case "items" -> items = member.getValue();
                    default -> { }
                }
            }
            Optional<Instant> at = created == null ? Optional.empty()
                    : timeOrWarn(created, key + ": a change's time");
            if (at.isEmpty() || items == null || !items.isJsonArray()) {
                continue;
            }
            Optional<JiraIncident.Person> by = person(author);
            int read = 0;
            for (JsonElement item : items.getAsJsonArray()) {
                if (read++ >= MAX_ITEMS) {
                    break;
                }
                if (item.isJsonObject()) {
                    change(item.getAsJsonObject(), id, at.get(), by).ifPresent(changes::add);
                }
            }
        }
        changes.sort(Comparator.comparing(JiraIncident.Change::at));
        return changes;
    }

    /** One item of a history entry: {@code field}, {@code from}, {@code fromString}, {@code to}, {@code toString}. */
    private static Optional<JiraIncident.Change> change(JsonObject item, String id, Instant at,
                                                        Optional<JiraIncident.Person> author) {
        String field = null;
        String from = null;
        String fromText = null;
        String to = null;
        String toText = null;
        for (Map.Entry<String, JsonElement> member : item.entrySet()) {
            String value = primitive(member.getValue());
            switch (member.getKey()) {
                case "field" -> field = value;
                case "from" -> from = value;
                case "fromString" -> fromText = value;
                case "to" -> to = value;
                case "toString" -> toText = value;
                default -> { }
            }
        }
        if (field == null || field.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new JiraIncident.Change(id, at, author, cut(field, MAX_NAME_CHARS), cutOrNull(from),
                cutOrNull(fromText), cutOrNull(to), cutOrNull(toText)));
    }

    /** A string, number or boolean as text; null for JSON null, objects and arrays. */
    private static String primitive(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static String cutOrNull(String text) {
        return text == null ? null : cut(text, MAX_NAME_CHARS);
    }

    private List<JiraIncident.Link> links(IssueKey key, JsonObject fields) {
        JsonElement found = fields.get("issuelinks");
        if (found == null || !found.isJsonArray()) {
            return List.of();
        }
        List<JiraIncident.Link> links = new ArrayList<>();
        for (JsonElement element : found.getAsJsonArray()) {
            if (links.size() >= MAX_LINKS) {
                warnings.add(key + ": only the first " + MAX_LINKS + " issue links were read");
                break;
            }
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject link = element.getAsJsonObject();
            boolean outward = link.has("outwardIssue");
            Optional<JsonObject> other = object(link, outward ? "outwardIssue" : "inwardIssue");
            Optional<IssueKey> otherKey = other.flatMap(o -> Json.string(o, "key")).flatMap(IssueKey::parse);
            if (otherKey.isEmpty()) {
                continue;
            }
            String type = cut(Json.string(link, "type", "name").orElse(""), MAX_NAME_CHARS);
            String phrase = cut(Json.string(link, "type", outward ? "outward" : "inward").orElse(type), MAX_NAME_CHARS);
            links.add(new JiraIncident.Link(otherKey.get(), type, phrase,
                    cut(Json.string(other.get(), "fields", "summary").orElse(""), MAX_SUMMARY_CHARS),
                    cut(Json.string(other.get(), "fields", "status", "name").orElse(""), MAX_NAME_CHARS)));
        }
        return links;
    }

    /** {@code self} is {@code <base>/rest/api/2/issue/<id>}: the base is Jira's as the reader's link reaches it. */
    private static Optional<URI> browseUrl(JsonObject issue, IssueKey key) {
        Optional<String> self = Json.string(issue, "self");
        int rest = self.map(s -> s.indexOf("/rest/api/")).orElse(-1);
        if (rest < 0) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(self.get().substring(0, rest) + "/browse/" + key);
            String scheme = uri.getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme) ? Optional.of(uri)
                    : Optional.empty();
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /** A user object ({@code name}, {@code displayName}); a user without a name is nobody we can suggest. */
    private static Optional<JiraIncident.Person> person(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return Optional.empty();
        }
        String name = null;
        String displayName = null;
        for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
            if (member.getKey().equals("name")) {
                name = primitive(member.getValue());
            } else if (member.getKey().equals("displayName")) {
                displayName = primitive(member.getValue());
            }
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new JiraIncident.Person(cut(name.strip(), MAX_NAME_CHARS),
                displayName == null ? null : cut(displayName.strip(), MAX_NAME_CHARS)));
    }

    /** A field's value as text: a string or number as it is, an option's {@code value}, a user's or a priority's name. */
    private static Optional<String> value(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return Optional.empty();
        }
        if (element.isJsonPrimitive()) {
            return Optional.of(element.getAsString()).filter(v -> !v.isBlank());
        }
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            return Json.string(object, "value").or(() -> Json.string(object, "name")).filter(v -> !v.isBlank());
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> object(JsonObject in, String member) {
        JsonElement found = in.get(member);
        return found != null && found.isJsonObject() ? Optional.of(found.getAsJsonObject()) : Optional.empty();
    }

    private Optional<Instant> timeOrWarn(String text, String what) {
        Optional<Instant> time = time(text.strip());
        if (time.isEmpty()) {
            warnings.add(what + " '" + cut(text, 40) + "' is not a time Jira writes; left out");
        }
        return time;
    }

    /** A time as Jira DC writes it, the length bounded before parsing. */
    static Optional<Instant> time(String text) {
        if (text.length() > 64) {
            return Optional.empty();
        }
        Optional<Instant> usual = usualTime(text);
        if (usual.isPresent()) {
            return usual;
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, JIRA_TIME).toInstant());
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /**
     * The layout Jira DC writes every time in, {@code 2024-01-15T10:22:33.123+0000}, read by position: a long
     * incident has a time per change and per comment, and the general formatter costs more than the JSON around them.
     * Anything else (and any out-of-range part) is left to the formatter.
     */
    private static Optional<Instant> usualTime(String text) {
        if (text.length() != 28 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
                || (text.charAt(23) != '+' && text.charAt(23) != '-')) {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = digits(text, 20, 3);
        int offsetHours = digits(text, 24, 2);
        int offsetMinutes = digits(text, 26, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || millis < 0 || offsetHours < 0 || offsetHours > 18
                || offsetMinutes < 0 || offsetMinutes > 59) {
            return Optional.empty();
        }
        int sign = text.charAt(23) == '-' ? -1 : 1;
        long epochSecond = java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L
                + minute * 60L + second - sign * (offsetHours * 3_600L + offsetMinutes * 60L);
        return Optional.of(Instant.ofEpochSecond(epochSecond, millis * 1_000_000L));
    }

    /** The decimal number in {@code count} characters from {@code from}; -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
