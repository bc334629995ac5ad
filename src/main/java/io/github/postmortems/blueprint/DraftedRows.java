package io.github.postmortems.blueprint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.postmortems.incident.DraftCountermeasure;
import io.github.postmortems.incident.DraftRow;
import io.github.postmortems.incident.IncidentDraft;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.text.JsonNesting;
import io.github.postmortems.text.Messages;
import io.github.postmortems.timeline.EntryKind;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rows drafted from the incident that a person chose in the Create dialog, and the storage format they become in
 * the new page's timeline and countermeasures tables (issue 15, items 3 and 4).
 * <p>The dialog sends the chosen rows themselves in one hidden form field ({@link #FORM_NAME}), as JSON, rather than
 * their sources for the server to read from Jira again: the page is created from what the person saw and chose, with
 * no second round of Jira requests on Create (nor a failure there when Jira went away meanwhile). What the field
 * carries is the creator's own input, no more trusted than the page they could type: it is bounded in size and rows,
 * every field is checked (kind from a fixed set, times parsed, keys read as {@link IssueKey}, evidence only http(s)),
 * and every text is escaped on its way into the page.
 * <p>Each row is written with a grey status lozenge ({@link #MARK_KEY}) in its first cell, which the readers
 * recognise in every bundled language: the record drafted from Jira stays distinguishable from the analysis people
 * write (see {@code io.github.postmortems.incident}).
 */
public final class DraftedRows {

    /** The wizard's hidden input carrying the chosen rows. Not a {@link WizardField}: the person never types it. */
    public static final String FORM_NAME = "draftedRows";
    /** Template variables: rows inserted after the header row of each table, empty when none was chosen. */
    public static final String TIMELINE_ROWS = "draftedTimelineXhtml";
    public static final String COUNTERMEASURE_ROWS = "draftedCountermeasuresXhtml";
    /** i18n key (postmortem bundle, so the readers know it in every language) of the lozenge's title. */
    public static final String MARK_KEY = "postmortems.timeline.drafted.mark";
    /** i18n key of the message shown beside the incident field when the hidden field is not what the dialog sends. */
    public static final String UNREADABLE = "postmortems.blueprint.wizard.drafted.unreadable";

    /** The dialog offers at most what the drafter reads (a long history pages to a few hundred rows). */
    public static final int MAX_ROWS = 1_000;
    /** One row's text: a drafted line is short; a comment row is cut at 300 characters. */
    public static final int MAX_TEXT = 1_000;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_URL = 2_000;
    /** The whole field: {@link #MAX_ROWS} rows of ordinary length fit well inside. */
    public static final int MAX_CHARS = 1024 * 1024;
    private static final int MAX_DEPTH = 3;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** What a chosen row is, and the name the dialog sends for it. */
    public enum Kind {
        TIMELINE("timeline"),
        COMMENT("comment"),
        COUNTERMEASURE("countermeasure");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Optional<Kind> named(String name) {
            for (Kind kind : values()) {
                if (kind.wireName.equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One chosen row. A timeline or comment row has a time and may have evidence; a countermeasure row has a key.
     *
     * @param source where it came from ({@code change:10123:status}, {@code comment:10456}, {@code link:OPS-7})
     */
    public record Chosen(Kind kind, String source, Optional<Instant> time, String text, EntryKind entryKind,
                         Optional<URI> evidence, Optional<IssueKey> key) {

        public Chosen {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(entryKind, "entryKind");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(key, "key");
            if (kind == Kind.COUNTERMEASURE ? key.isEmpty() : time.isEmpty()) {
                throw new IllegalArgumentException(kind + " row without its " + (time.isEmpty() ? "time" : "key"));
            }
            evidence.filter(uri -> !web(uri)).ifPresent(uri -> {
                throw new IllegalArgumentException("Evidence is not an http(s) address: " + uri);
            });
        }

        static Chosen of(DraftRow row, Kind kind) {
            return new Chosen(kind, row.source(), Optional.of(row.time()), row.text(), row.kind(), row.evidence(),
                    Optional.empty());
        }

        static Chosen of(DraftCountermeasure countermeasure) {
            return new Chosen(Kind.COUNTERMEASURE, "link:" + countermeasure.key(), Optional.empty(),
                    countermeasure.text(), EntryKind.OTHER, Optional.empty(), Optional.of(countermeasure.key()));
        }
    }

    /** The hidden field read: the rows, or the field refused as a whole because no dialog of ours sent it so. */
    public sealed interface Decoded {
        record Rows(List<Chosen> rows) implements Decoded {
            public Rows {
                rows = List.copyOf(rows);
            }
        }

        record Refused(String reason) implements Decoded {
        }
    }

    private DraftedRows() {
    }

    /**
     * The rows of {@code draft} whose sources are in {@code sources}: what a caller other than the dialog (the
     * automation endpoint) chooses. Timeline rows and countermeasures are named by {@link #defaultSources}.
     */
    public static List<Chosen> chosen(IncidentDraft draft, Collection<String> sources) {
        Set<String> wanted = Set.copyOf(sources);
        List<Chosen> rows = new ArrayList<>();
        draft.timeline().stream().filter(row -> wanted.contains(row.source()))
                .forEach(row -> rows.add(Chosen.of(row, Kind.TIMELINE)));
        draft.comments().stream().filter(row -> wanted.contains(row.source()))
                .forEach(row -> rows.add(Chosen.of(row, Kind.COMMENT)));
        draft.countermeasures().stream().map(Chosen::of).filter(row -> wanted.contains(row.source()))
                .forEach(rows::add);
        return rows;
    }

    /** What the dialog ticks unless a person unticks it: every timeline row and countermeasure, no comment. */
    public static List<String> defaultSources(IncidentDraft draft) {
        List<String> sources = new ArrayList<>();
        draft.timeline().forEach(row -> sources.add(row.source()));
        draft.countermeasures().forEach(c -> sources.add(Chosen.of(c).source()));
        return sources;
    }

    /** Reads the hidden field; missing or blank means no rows (the page is then exactly as without a draft). */
    public static Decoded decode(String field) {
        if (field == null || field.isBlank()) {
            return new Decoded.Rows(List.of());
        }
        if (field.length() > MAX_CHARS) {
            return new Decoded.Refused("longer than " + MAX_CHARS + " characters");
        }
        // A linear check before parsing: the dialog sends a list of flat objects, two levels deep.
        if (JsonNesting.deeperThan(field, MAX_DEPTH)) {
            return new Decoded.Refused("nested deeper than " + MAX_DEPTH);
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(field);
        } catch (JsonParseException | IllegalStateException e) {
            return new Decoded.Refused("not JSON");
        }
        if (!root.isJsonArray()) {
            return new Decoded.Refused("not a list");
        }
        JsonArray array = root.getAsJsonArray();
        if (array.size() > MAX_ROWS) {
            return new Decoded.Refused("more than " + MAX_ROWS + " rows");
        }
        List<Chosen> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Optional<Chosen> row = array.get(i).isJsonObject() ? row(array.get(i).getAsJsonObject())
                    : Optional.empty();
            if (row.isEmpty()) {
                return new Decoded.Refused("row " + (i + 1) + " is not a drafted row");
            }
            rows.add(row.get());
        }
        return new Decoded.Rows(rows);
    }

    /** The hidden field's value for {@code rows}, as the dialog writes it. */
    public static String encode(List<Chosen> rows) {
        JsonArray array = new JsonArray();
        for (Chosen row : rows) {
            JsonObject json = new JsonObject();
            json.addProperty("kind", row.kind().wireName());
            json.addProperty("source", row.source());
            row.time().ifPresent(t -> json.addProperty("at", t.toString()));
            json.addProperty("text", row.text());
            json.addProperty("entryKind", row.entryKind().name());
            row.evidence().ifPresent(uri -> json.addProperty("evidence", uri.toString()));
            row.key().ifPresent(key -> json.addProperty("key", key.toString()));
            array.add(json);
        }
        return array.toString();
    }

    /**
     * The template variables for the chosen rows: timeline and comment rows in time order, their times as people type
     * them in the page's zone (the zone its details name, as the timeline reader reads them); countermeasure rows in
     * the order chosen, each tracked by its key. No rows gives empty variables, so the page is the one without a draft.
     */
    public static Map<String, String> variables(List<Chosen> rows, ZoneId zone, Messages messages) {
        String mark = mark(messages.text(MARK_KEY));
        StringBuilder timeline = new StringBuilder();
        rows.stream().filter(row -> row.kind() != Kind.COUNTERMEASURE)
                .sorted(Comparator.comparing((Chosen row) -> row.time().orElseThrow()))
                .forEach(row -> timeline.append(timelineRow(row, zone, mark, messages)));
        StringBuilder countermeasures = new StringBuilder();
        rows.stream().filter(row -> row.kind() == Kind.COUNTERMEASURE)
                .forEach(row -> countermeasures.append(countermeasureRow(row, mark)));
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(TIMELINE_ROWS, timeline.toString());
        vars.put(COUNTERMEASURE_ROWS, countermeasures.toString());
        return vars;
    }

    /** The "From Jira" lozenge: Confluence's own status macro, grey, which the editor keeps as it is. */
    public static String mark(String title) {
        return "<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"colour\">Grey</ac:parameter><ac:parameter ac:name=\"title\">"
                + StorageMarkup.escape(title) + "</ac:parameter></ac:structured-macro>";
    }

    /**
     * {@code 2026-11-28 09:05} (with seconds when it has some) in {@code zone}; a time the clocks showed twice adds
     * its offset, so the reader takes the hour meant, as the details table writes it.
     */
    public static String readable(Instant time, ZoneId zone) {
        ZonedDateTime zoned = time.truncatedTo(ChronoUnit.SECONDS).atZone(zone);
        String text = (zoned.getSecond() == 0 ? MINUTES : SECONDS).format(zoned);
        boolean twice = zone.getRules().getValidOffsets(zoned.toLocalDateTime()).size() > 1;
        return twice ? text + " " + zoned.getOffset().getId() : text;
    }

    private static String timelineRow(Chosen row, ZoneId zone, String mark, Messages messages) {
        String evidence = row.evidence().map(uri -> "<a href=\"" + StorageMarkup.escape(uri.toString()) + "\">"
                + StorageMarkup.escape(linkText(row)) + "</a>").orElse("");
        String kind = row.entryKind() == EntryKind.OTHER ? ""
                : StorageMarkup.escape(messages.text(row.entryKind().i18nKey()));
        return "<tr><td>" + mark + " " + readable(row.time().orElseThrow(), zone) + "</td><td>"
                + StorageMarkup.escape(row.text()) + "</td><td>" + evidence + "</td><td>" + kind + "</td></tr>";
    }

    private static String countermeasureRow(Chosen row, String mark) {
        return "<tr><td>" + mark + " " + StorageMarkup.escape(row.text()) + "</td><td></td><td></td><td></td><td></td>"
                + "<td>" + StorageMarkup.jiraIssue(row.key().orElseThrow()) + "</td><td></td></tr>";
    }

    /** The evidence link reads as the issue's key when its address names one, else as the host. */
    private static String linkText(Chosen row) {
        URI uri = row.evidence().orElseThrow();
        String path = uri.getPath() == null ? "" : uri.getPath();
        return IssueKey.find(path.substring(path.lastIndexOf('/') + 1)).map(IssueKey::toString)
                .orElse(uri.getHost() == null ? uri.toString() : uri.getHost());
    }

    private static Optional<Chosen> row(JsonObject json) {
        Optional<Kind> kind = string(json, "kind", 20).flatMap(Kind::named);
        Optional<String> source = string(json, "source", MAX_SOURCE).filter(s -> !s.isBlank());
        Optional<String> text = string(json, "text", MAX_TEXT).map(String::strip).filter(s -> !s.isEmpty());
        if (kind.isEmpty() || source.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<EntryKind> entryKind = json.has("entryKind")
                ? string(json, "entryKind", 20).flatMap(DraftedRows::entryKind) : Optional.of(EntryKind.OTHER);
        if (entryKind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get() == Kind.COUNTERMEASURE) {
            Optional<IssueKey> key = string(json, "key", 300).flatMap(IssueKey::parse);
            return key.map(k -> new Chosen(Kind.COUNTERMEASURE, source.get(), Optional.empty(), text.get(),
                    EntryKind.OTHER, Optional.empty(), Optional.of(k)));
        }
        Optional<Instant> time = string(json, "at", 40).flatMap(DraftedRows::instant);
        Optional<URI> evidence = Optional.empty();
        if (json.has("evidence")) {
            evidence = string(json, "evidence", MAX_URL).flatMap(DraftedRows::webUri);
            if (evidence.isEmpty()) {
                return Optional.empty();
            }
        }
        if (time.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chosen(kind.get(), source.get(), time, text.get(), entryKind.get(), evidence,
                Optional.empty()));
    }

    private static Optional<String> string(JsonObject json, String name, int max) {
        JsonElement value = json.get(name);
        if (value == null || !value.isJsonPrimitive() || !((JsonPrimitive) value).isString()) {
            return Optional.empty();
        }
        String text = value.getAsString();
        return text.length() > max ? Optional.empty() : Optional.of(text);
    }

    private static Optional<EntryKind> entryKind(String name) {
        for (EntryKind kind : EntryKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> webUri(String text) {
        try {
            URI uri = new URI(text);
            return web(uri) ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An absolute http(s) address with a host: nothing a reader's browser would run. */
    private static boolean web(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && uri.isAbsolute() && uri.getHost() != null
                && List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT));
    }
}
