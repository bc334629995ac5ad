package io.github.postmortems.incident;

import io.github.postmortems.jira.JiraIncident;
import io.github.postmortems.text.Messages;
import io.github.postmortems.timeline.EntryKind;

import java.net.URI;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an incident as Jira told it into a draft: the wizard's values, timeline rows from the change history, rows
 * offered from the comments, countermeasures from the linked issues. Plain and linear in the size of the incident;
 * texts come from {@link Messages}, in the reader's language. One drafter serves one draft (it is not thread-safe).
 */
public final class IncidentDrafter {

    /** A comment offered as a row shows its start: a timeline row is a line, the comment stays in Jira. */
    static final int COMMENT_ROW_CHARS = 300;
    /** Jira DC's link to one comment on the page. */
    private static final String FOCUSED_COMMENT = "?focusedCommentId=";

    private final IncidentSettings settings;
    private final Patterns messages;

    public IncidentDrafter(IncidentSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = new Patterns(messages);
    }

    public IncidentDraft draft(JiraIncident incident) {
        List<String> warnings = new ArrayList<>(incident.warnings());
        Optional<URI> evidence = incident.browseUrl();
        List<DraftRow> timeline = new ArrayList<>();
        Optional<Instant> firstDetect = Optional.empty();
        for (JiraIncident.Change change : incident.changes()) {
            Optional<DraftRow> row = row(change, evidence, firstDetect.isEmpty());
            if (row.isPresent() && row.get().kind() == EntryKind.DETECT) {
                firstDetect = Optional.of(change.at());
            }
            row.ifPresent(timeline::add);
        }
        return new IncidentDraft(incident.key(), incident.summary(), severity(incident, warnings),
                time(incident, settings.startField(), Optional.of(incident.created()), warnings),
                time(incident, settings.detectField(), firstDetect, warnings),
                time(incident, settings.endField(), incident.resolved(), warnings),
                incident.assignee().or(incident::reporter),
                incident.reporter().filter(r -> incident.assignee().isPresent()),
                responders(incident), timeline, comments(incident, evidence), countermeasures(incident), warnings);
    }

    private Optional<String> severity(JiraIncident incident, List<String> warnings) {
        Optional<String> value = settings.severityField().isEmpty() ? incident.priority()
                : Optional.ofNullable(incident.fieldValues().get(settings.severityField()));
        Optional<String> code = value.flatMap(settings::severityFor);
        if (value.isPresent() && code.isEmpty()) {
            warnings.add(messages.text("postmortems.incident.warning.unmapped-severity", value.get()));
        }
        return code;
    }

    /** The configured field's time when set and readable, else what the issue itself says. */
    private Optional<Instant> time(JiraIncident incident, String field, Optional<Instant> otherwise,
                                   List<String> warnings) {
        if (field.isEmpty()) {
            return otherwise;
        }
        Optional<Instant> fromField = incident.timeField(field);
        if (fromField.isEmpty() && incident.fieldValues().containsKey(field)) {
            warnings.add(messages.text("postmortems.incident.warning.unreadable-time", field));
        }
        return fromField.or(() -> otherwise);
    }

    private Optional<DraftRow> row(JiraIncident.Change change, Optional<URI> evidence, boolean detectOpen) {
        String field = change.field().toLowerCase(Locale.ROOT);
        String source = "change:" + change.historyId() + ":" + field;
        String from = shown(change.fromText());
        String to = shown(change.toText());
        return switch (field) {
            case "status" -> {
                boolean detect = detectOpen && settings.detectField().isEmpty()
                        && settings.detectStatus().equalsIgnoreCase(to);
                String text = from.isEmpty() ? messages.text("postmortems.incident.row.status-set", to)
                        : messages.text("postmortems.incident.row.status", from, to);
                yield Optional.of(new DraftRow(source, change.at(), text, detect ? EntryKind.DETECT : EntryKind.OTHER,
                        evidence));
            }
            case "priority" -> Optional.of(new DraftRow(source, change.at(), from.isEmpty()
                    ? messages.text("postmortems.incident.row.priority-set", to)
                    : messages.text("postmortems.incident.row.priority", from, to), EntryKind.OTHER, evidence));
            case "assignee" -> Optional.of(new DraftRow(source, change.at(), to.isEmpty()
                    ? messages.text("postmortems.incident.row.unassigned", from)
                    : messages.text("postmortems.incident.row.assigned", to), EntryKind.OTHER, evidence));
            case "resolution" -> Optional.of(to.isEmpty()
                    ? new DraftRow(source, change.at(), messages.text("postmortems.incident.row.unresolved", from),
                            EntryKind.OTHER, evidence)
                    : new DraftRow(source, change.at(), messages.text("postmortems.incident.row.resolved", to),
                            EntryKind.RESOLVE, evidence));
            default -> severityChange(change, field, source, from, to, evidence);
        };
    }

    /** A custom severity field's history names the field, not its id: "Severity" is taken as severity. */
    private Optional<DraftRow> severityChange(JiraIncident.Change change, String field, String source, String from,
                                              String to, Optional<URI> evidence) {
        if (!field.equals("severity")) {
            return Optional.empty();
        }
        return Optional.of(new DraftRow(source, change.at(), from.isEmpty()
                ? messages.text("postmortems.incident.row.severity-set", to)
                : messages.text("postmortems.incident.row.severity", from, to), EntryKind.OTHER, evidence));
    }

    private List<DraftRow> comments(JiraIncident incident, Optional<URI> evidence) {
        List<DraftRow> rows = new ArrayList<>();
        for (JiraIncident.Comment comment : incident.comments()) {
            String author = comment.author().map(JiraIncident.Person::displayName)
                    .orElseGet(() -> messages.text("postmortems.incident.row.someone"));
            String body = firstLine(comment.body());
            Optional<URI> link = comment.id().chars().allMatch(Character::isDigit) && !comment.id().isEmpty()
                    ? evidence.map(uri -> URI.create(uri + FOCUSED_COMMENT + comment.id())) : evidence;
            rows.add(new DraftRow("comment:" + comment.id(), comment.at(),
                    messages.text("postmortems.incident.row.comment", author, body), EntryKind.OTHER, link));
        }
        return rows;
    }

    private List<JiraIncident.Person> responders(JiraIncident incident) {
        Map<String, JiraIncident.Person> byName = new LinkedHashMap<>();
        incident.assignee().ifPresent(p -> byName.putIfAbsent(p.username(), p));
        incident.reporter().ifPresent(p -> byName.putIfAbsent(p.username(), p));
        incident.comments().forEach(c -> c.author().ifPresent(p -> byName.putIfAbsent(p.username(), p)));
        return List.copyOf(byName.values());
    }

    private List<DraftCountermeasure> countermeasures(JiraIncident incident) {
        List<DraftCountermeasure> offered = new ArrayList<>();
        for (JiraIncident.Link link : incident.links()) {
            if (settings.offersLinkType(link.type())
                    && offered.stream().noneMatch(c -> c.key().equals(link.key()))) {
                offered.add(new DraftCountermeasure(link.key(), link.summary(), link.phrase(), link.status()));
            }
        }
        return offered;
    }

    /** The comment's first non-blank line, cut: Jira wiki markup beyond one line is for Jira's renderer. */
    private static String firstLine(String body) {
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            String line = (end < 0 ? body.substring(start) : body.substring(start, end)).strip();
            if (!line.isEmpty()) {
                return line.length() > COMMENT_ROW_CHARS ? line.substring(0, COMMENT_ROW_CHARS) + "…" : line;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return "";
    }

    private static String shown(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * The reader's texts, each pattern read and compiled once per drafter: a long incident formats the same dozen
     * patterns a thousand times. The arguments are all text, so the pattern's locale changes nothing.
     */
    private static final class Patterns {
        private final Messages messages;
        private final Map<String, MessageFormat> compiled = new HashMap<>();

        Patterns(Messages messages) {
            this.messages = messages;
        }

        String text(String key, Object... args) {
            return compiled.computeIfAbsent(key, k -> new MessageFormat(messages.pattern(k), Locale.ROOT)).format(args);
        }
    }
}
