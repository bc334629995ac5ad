package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.MeetingDetails;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.DateParser;
import io.github.postmortems.timeline.Parsed;
import io.github.postmortems.timeline.TimeParser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a postmortem-details table: one field per row, its name in the first cell and its value in the next. The
 * title falls back to the page title; without a readable start the postmortem has no incident times.
 */
final class DetailsReader {

    static final String UNKNOWN_FIELD = "postmortems.details.warning.unknown-field";
    /** The fields' names in the viewer's language, listed in the unknown-field warning. */
    static final String KNOWN_FIELDS = "postmortems.details.fields.known";
    static final String DUPLICATE_FIELD = "postmortems.details.warning.duplicate-field";
    static final String MISSING_TITLE = "postmortems.details.warning.missing-title";
    static final String UNTITLED = "postmortems.details.warning.untitled";
    static final String MISSING_START = "postmortems.details.warning.missing-start";
    static final String UNKNOWN_SEVERITY = "postmortems.details.warning.unknown-severity";
    static final String UNKNOWN_STATUS = "postmortems.details.warning.unknown-status";

    private static final List<String> HEADER_KEYS =
            List.of("postmortems.details.column.field", "postmortems.details.column.value");
    private static final Map<String, DetailsField> FIELDS =
            Arrays.stream(DetailsField.values()).collect(Collectors.toMap(DetailsField::key, Function.identity()));
    private static final Map<String, PostmortemStatus> STATUSES = Arrays.stream(PostmortemStatus.values())
            .collect(Collectors.toMap(PostmortemStatus::i18nKey, Function.identity()));

    private record Value(Cell cell, int row) {
    }

    private final ReadingContext context;
    private final Labels labels;
    private final List<Warning> warnings = new ArrayList<>();
    private final Map<DetailsField, Value> values = new EnumMap<>(DetailsField.class);
    private DetailsReading.IncidentDay incidentDay;

    private DetailsReader(ReadingContext context, Labels labels) {
        this.context = context;
        this.labels = labels;
    }

    static DetailsReading read(TableGrid grid, ReadingContext context, Labels labels) {
        return new DetailsReader(context, labels).read(grid);
    }

    /**
     * Only the incident's times, as {@link #read} gives them in its postmortem: what a timeline needs of the page's
     * details, without reading the people, severity, status, issue and tags it does not show.
     */
    static Optional<IncidentTimes> incidentTimes(TableGrid grid, ReadingContext context, Labels labels) {
        DetailsReader reader = new DetailsReader(context, labels);
        reader.collect(grid);
        return reader.title().isEmpty() ? Optional.empty() : Optional.ofNullable(reader.times());
    }

    /**
     * Where the value of {@code field} is written in the page (its cell's content), for a write-back that changes
     * that cell only; empty without the row, or when the cell is a span's copy or has no end tag to anchor on.
     */
    static Optional<SourceSpan> valueSpan(TableGrid grid, DetailsField field, Labels labels) {
        for (TableGrid.Row row : grid.rows()) {
            Cell label = row.cell(0);
            Cell value = row.cell(1);
            if (!label.sameElementAs(value) && labels.match(label.text(), List.of(field.key())).isPresent()) {
                return value.origin() ? value.innerSpan() : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private DetailsReading read(TableGrid grid) {
        collect(grid);
        Optional<String> title = title();
        if (title.isEmpty()) {
            warnings.add(Warning.at(Warning.Location.row(MacroNames.DETAILS, 0), UNTITLED));
            return new DetailsReading(Optional.empty(), warnings);
        }
        MeetingDetails meeting = new MeetingDetails(title.get(), meetingDate(), user(DetailsField.CONTACT),
                user(DetailsField.CREATED_BY), user(DetailsField.FACILITATED_BY));
        Postmortem postmortem = new Postmortem(meeting, severity(), status(), times(), incidentIssue(), tags());
        postmortem.warnings().forEach(warning -> warnings.add(located(warning)));
        return new DetailsReading(Optional.of(postmortem), warnings, Optional.ofNullable(incidentDay));
    }

    private void collect(TableGrid grid) {
        for (int i = 0; i < grid.rows().size(); i++) {
            TableGrid.Row row = grid.rows().get(i);
            Cell label = row.cell(0);
            Cell value = row.cell(1);
            int number = i + 1;
            if (row.isBlank()) {
                continue;
            }
            // Folded once, asked twice: is it the header row, else which field.
            Labels.Typed typed = new Labels.Typed(label.text());
            if (labels.match(typed, HEADER_KEYS).isPresent()) {
                continue;
            }
            Optional<String> key = labels.match(typed, FIELDS.keySet());
            if (key.isEmpty()) {
                if (!label.sameElementAs(value)) { // a label spanning the whole row is a section heading
                    warnings.add(Warning.at(Warning.Location.row(MacroNames.DETAILS, number), UNKNOWN_FIELD,
                            label.text(), KNOWN_FIELDS));
                }
                continue;
            }
            DetailsField field = FIELDS.get(key.get());
            if (values.containsKey(field)) {
                warnings.add(at(field, number, DUPLICATE_FIELD, String.valueOf(values.get(field).row())));
                continue;
            }
            values.put(field, new Value(label.sameElementAs(value) ? Cell.missing(null) : value, number));
        }
    }

    private Optional<String> title() {
        Optional<Value> typed = filled(DetailsField.TITLE);
        if (typed.isPresent()) {
            return Optional.of(typed.get().cell().text());
        }
        warnings.add(Warning.at(Warning.Location.row(MacroNames.DETAILS, rowOf(DetailsField.TITLE)), MISSING_TITLE));
        return context.pageTitleIfSet();
    }

    private IncidentTimes times() {
        ZoneId zone = zone();
        Optional<Value> startValue = filled(DetailsField.START);
        if (startValue.isEmpty()) {
            warnings.add(Warning.at(Warning.Location.row(MacroNames.DETAILS, rowOf(DetailsField.START)),
                    MISSING_START));
            return null;
        }
        Optional<ZonedDateTime> start = time(DetailsField.START, zone, context.referenceDate());
        if (start.isEmpty()) {
            // "12 March 2026" is no start time, but it is the day the timeline's bare times belong to.
            DateParser.parseDate(startValue.get().cell().text()).value()
                    .ifPresent(date -> incidentDay = new DetailsReading.IncidentDay(date, zone));
            return null;
        }
        incidentDay = new DetailsReading.IncidentDay(start.get().toLocalDate(), zone);
        Map<Milestone, Instant> moments = new EnumMap<>(Milestone.class);
        moments.put(Milestone.START, start.get().toInstant());
        for (DetailsField field : DetailsField.values()) {
            if (field != DetailsField.START && field.milestone().isPresent()) {
                time(field, zone, start.get().toLocalDate())
                        .ifPresent(time -> moments.put(field.milestone().get(), time.toInstant()));
            }
        }
        return new IncidentTimes(moments, zone);
    }

    private Optional<ZonedDateTime> time(DetailsField field, ZoneId zone, LocalDate referenceDate) {
        Optional<Value> value = filled(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String typed = value.get().cell().text();
        Parsed<ZonedDateTime> time = TimeParser.parseTime(typed, zone, referenceDate);
        if (time instanceof Parsed.Unreadable<ZonedDateTime> unreadable) {
            warnings.add(at(field, value.get().row(), unreadable.reason(), typed));
        } else if (time instanceof Parsed.Read<ZonedDateTime> read && read.caveat() != null) {
            warnings.add(at(field, value.get().row(), read.caveat(), typed));
        }
        return time.value();
    }

    /** The incident's own zone when the table names one, else the caller's. */
    private ZoneId zone() {
        Optional<Value> value = filled(DetailsField.TIME_ZONE);
        if (value.isEmpty()) {
            return context.zone();
        }
        String typed = value.get().cell().text();
        Parsed<ZoneId> zone = TimeParser.parseZone(typed);
        if (zone instanceof Parsed.Unreadable<ZoneId> unreadable) {
            warnings.add(at(DetailsField.TIME_ZONE, value.get().row(), unreadable.reason(), typed));
        }
        return zone.value().orElse(context.zone());
    }

    private Severity severity() {
        return filled(DetailsField.SEVERITY).map(value -> {
            Optional<Severity> severity = context.severities().find(value.cell().text());
            if (severity.isEmpty()) {
                warnings.add(at(DetailsField.SEVERITY, value.row(), UNKNOWN_SEVERITY, value.cell().text()));
            }
            return severity.orElse(null);
        }).orElse(null);
    }

    private PostmortemStatus status() {
        return filled(DetailsField.STATUS).map(value -> {
            String typed = value.cell().text();
            Optional<PostmortemStatus> status = labels.match(typed, STATUSES.keySet()).map(STATUSES::get)
                    .or(() -> PostmortemStatus.fromCode(typed));
            if (status.isEmpty()) {
                warnings.add(at(DetailsField.STATUS, value.row(), UNKNOWN_STATUS, typed));
            }
            return status.orElse(null);
        }).orElse(null);
    }

    private LocalDate meetingDate() {
        return filled(DetailsField.MEETING_DATE).map(value -> {
            Parsed<LocalDate> date = DateParser.parseDate(value.cell().text());
            if (date instanceof Parsed.Unreadable<LocalDate> unreadable) {
                warnings.add(at(DetailsField.MEETING_DATE, value.row(), unreadable.reason(), value.cell().text()));
            } else if (date instanceof Parsed.Read<LocalDate> read && read.caveat() != null) {
                warnings.add(at(DetailsField.MEETING_DATE, value.row(), read.caveat(), value.cell().text()));
            }
            return date.value().orElse(null);
        }).orElse(null);
    }

    private UserRef user(DetailsField field) {
        return filled(field).map(value -> {
            List<UserRef> users = value.cell().users();
            if (users.size() > 1) {
                warnings.add(at(field, value.row(), CountermeasuresReader.SEVERAL_USERS, value.cell().text()));
            }
            return users.get(0);
        }).orElse(null);
    }

    private IssueKey incidentIssue() {
        return filled(DetailsField.INCIDENT_TICKET).map(value -> {
            Optional<IssueKey> key = value.cell().issueKey();
            if (key.isEmpty()) {
                warnings.add(at(DetailsField.INCIDENT_TICKET, value.row(), CountermeasuresReader.NOT_AN_ISSUE,
                        value.cell().text()));
            }
            return key.orElse(null);
        }).orElse(null);
    }

    private Tags tags() {
        return filled(DetailsField.TAGS).map(value -> Tags.parse(value.cell().text())).orElse(Tags.NONE);
    }

    private Optional<Value> filled(DetailsField field) {
        return Optional.ofNullable(values.get(field)).filter(value -> !value.cell().isBlank());
    }

    private int rowOf(DetailsField field) {
        Value value = values.get(field);
        return value == null ? 0 : value.row();
    }

    /** The record's own warnings point nowhere; point them at the row of the milestone that is out of order. */
    private Warning located(Warning warning) {
        DetailsField field = warning.args().isEmpty() ? null : FIELDS.get(warning.args().get(0));
        int row = field == null ? 0 : rowOf(field);
        String column = field == null ? null : field.key();
        return new Warning(warning.key(), warning.args(), new Warning.Location(MacroNames.DETAILS, row, column));
    }

    private static Warning at(DetailsField field, int row, String key, String... args) {
        return Warning.at(Warning.Location.cell(MacroNames.DETAILS, row, field.key()), key, args);
    }
}
