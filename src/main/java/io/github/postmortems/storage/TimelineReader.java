package io.github.postmortems.storage;

import io.github.postmortems.timeline.TimelineRow;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.DateParser;
import io.github.postmortems.timeline.EntryKind;
import io.github.postmortems.timeline.Evidence;
import io.github.postmortems.timeline.Parsed;
import io.github.postmortems.timeline.TimeParser;
import io.github.postmortems.timeline.TimelineEntry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an incident-timeline table. Times without a date take the date of the row above, or the incident's start
 * date for the first. When the incident has no readable start date, rows above the first row with a date take that
 * row's date, and one warning for the table names them. A row whose time cannot be read is kept as
 * {@link TimelineRow.Unreadable}.
 */
final class TimelineReader {

    static final String EMPTY_EVENT = "postmortems.timeline.warning.empty-event";
    static final String ORDER = "postmortems.timeline.warning.order";
    static final String UNKNOWN_KIND = "postmortems.timeline.warning.unknown-kind";
    static final String EVIDENCE_NOT_LINK = "postmortems.timeline.warning.evidence-not-link";
    static final String DATED_FROM_BELOW = "postmortems.timeline.warning.times-dated-from-below";
    static final String SKIPPED_HEADING = "postmortems.timeline.warning.skipped-heading";
    /** Longer headings are not dates; the date patterns are only tried on short text. */
    private static final int MAX_HEADING_DATE = 40;

    private static final Map<String, EntryKind> KINDS =
            Arrays.stream(EntryKind.values()).collect(Collectors.toMap(EntryKind::i18nKey, Function.identity()));

    /** Web links remembered per reading; past this many (a crafted page) each further one is judged on its own. */
    private static final int MAX_REMEMBERED_LINKS = 4_096;

    private final ReadingContext context;
    private final Labels labels;
    private final EventCells events;
    private final List<Warning> warnings = new ArrayList<>();
    /** Kind cells repeat a handful of names; each is matched against every bundled language once per table. */
    private final Map<String, Optional<String>> kindKeys = new HashMap<>();
    /** Web links read as evidence, by target: a long timeline links the same dashboards again and again. */
    private final Map<String, Optional<String>> webLinks = new HashMap<>();
    /** Rows above the first dated one whose time took its date, because the incident has no start date to give. */
    private final List<Integer> datedFromBelow = new ArrayList<>();
    /** Row number of the first row with a date of its own, when the incident gives none; 0 otherwise. */
    private int firstDatedRow;

    private TimelineReader(ReadingContext context, Labels labels, EventCells events) {
        this.context = context;
        this.labels = labels;
        this.events = events;
    }

    static TableReading<TimelineRow> read(TableGrid grid, ReadingContext context, Labels labels) {
        return read(grid, context, labels, EventCells.NONE);
    }

    static TableReading<TimelineRow> read(TableGrid grid, ReadingContext context, Labels labels, EventCells events) {
        return new TimelineReader(context, labels, events).read(grid);
    }

    private TableReading<TimelineRow> read(TableGrid grid) {
        ColumnLayout<TimelineColumn> layout =
                ColumnLayout.detect(grid, TimelineColumn.class, MacroNames.TIMELINE, labels, warnings);
        List<TimelineRow> rows = new ArrayList<>();
        Optional<DatedRow> firstDated = context.referenceDate() == null ? firstDated(layout, grid) : Optional.empty();
        LocalDate date = firstDated.map(DatedRow::date).orElse(context.referenceDate());
        firstDatedRow = firstDated.map(DatedRow::row).orElse(0);
        TimelineEntry previous = null;
        for (int i = layout.firstDataRow(); i < grid.rows().size(); i++) {
            TableGrid.Row row = grid.rows().get(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.isHeading()) {
                date = headingDate(row, layout.rowNumber(i), date);
                continue;
            }
            TimelineRow read = readRow(layout, row, layout.rowNumber(i), date);
            rows.add(read);
            if (read instanceof TimelineRow.Entry entry) {
                if (previous != null && entry.entry().time().isBefore(previous.time())) {
                    warnings.add(at(entry.row(), TimelineColumn.TIME, ORDER, String.valueOf(previous.row())));
                }
                previous = entry.entry();
                date = previous.time().atZone(context.zone()).toLocalDate();
            }
        }
        if (!datedFromBelow.isEmpty()) {
            int first = datedFromBelow.get(0);
            warnings.add(at(first, TimelineColumn.TIME, DATED_FROM_BELOW, String.valueOf(first),
                    String.valueOf(datedFromBelow.get(datedFromBelow.size() - 1)),
                    String.valueOf(firstDatedRow)));
        }
        return new TableReading<>(rows, warnings);
    }

    private record DatedRow(int row, LocalDate date) {
    }

    /** The first row whose time has a date of its own, for the rows above it when the incident gives none. */
    private Optional<DatedRow> firstDated(ColumnLayout<TimelineColumn> layout, TableGrid grid) {
        for (int i = layout.firstDataRow(); i < grid.rows().size(); i++) {
            TableGrid.Row row = grid.rows().get(i);
            if (row.isBlank()) {
                continue;
            }
            Optional<ZonedDateTime> time =
                    TimeParser.parseTime(layout.cell(row, TimelineColumn.TIME).text(), context.zone(), null).value();
            if (time.isPresent()) {
                return Optional.of(new DatedRow(layout.rowNumber(i),
                        time.get().toInstant().atZone(context.zone()).toLocalDate()));
            }
        }
        return Optional.empty();
    }

    /** The row's time; one above the first dated row that needed its date is noted for the table's one warning. */
    private Parsed<ZonedDateTime> time(String typed, int number, LocalDate date) {
        if (number >= firstDatedRow) {
            return TimeParser.parseTime(typed, context.zone(), date);
        }
        Parsed<ZonedDateTime> own = TimeParser.parseTime(typed, context.zone(), null);
        boolean undated = own instanceof Parsed.Unreadable<ZonedDateTime> unreadable
                && (unreadable.reason().equals(TimeParser.NO_DATE) || unreadable.reason().equals(DateParser.NO_YEAR));
        if (!undated) {
            return own;
        }
        Parsed<ZonedDateTime> dated = TimeParser.parseTime(typed, context.zone(), date);
        if (dated.value().isPresent()) {
            datedFromBelow.add(number);
        }
        return dated;
    }

    private TimelineRow readRow(ColumnLayout<TimelineColumn> layout, TableGrid.Row row, int number, LocalDate date) {
        Cell timeCell = layout.cell(row, TimelineColumn.TIME);
        Cell eventCell = layout.cell(row, TimelineColumn.EVENT);
        Parsed<ZonedDateTime> time = time(timeCell.text(), number, date);
        String richText = eventCell.innerMarkup();
        eventCell.showEvent(events, number, richText);
        if (time instanceof Parsed.Unreadable<ZonedDateTime> unreadable) {
            warnings.add(at(number, TimelineColumn.TIME, unreadable.reason(), timeCell.text()));
            return new TimelineRow.Unreadable(number, timeCell.text(), eventCell.text(), richText);
        }
        if (time instanceof Parsed.Read<ZonedDateTime> read && read.caveat() != null) {
            warnings.add(at(number, TimelineColumn.TIME, read.caveat(), timeCell.text()));
        }
        if (eventCell.isBlank()) {
            warnings.add(at(number, TimelineColumn.EVENT, EMPTY_EVENT));
        }
        Instant instant = time.value().orElseThrow().toInstant();
        return new TimelineRow.Entry(new TimelineEntry(number, instant, eventCell.text(), richText,
                evidence(layout.cell(row, TimelineColumn.EVIDENCE), number).orElse(null),
                kind(layout.cell(row, TimelineColumn.KIND), number), timeCell.drafted()));
    }

    private Optional<Evidence> evidence(Cell cell, int number) {
        Optional<Evidence> content = cell.linkedContent();
        if (content.isPresent()) {
            return content; // a page or file, named as written: the macro asks Confluence where it is for each viewer
        }
        return webEvidence(cell, number).map(Evidence.Web::new);
    }

    private Optional<String> webEvidence(Cell cell, int number) {
        Optional<String> link = cell.link();
        if (link.isEmpty()) {
            if (!cell.isBlank()) {
                warnings.add(at(number, TimelineColumn.EVIDENCE, EVIDENCE_NOT_LINK, cell.text()));
            }
            return Optional.empty();
        }
        Optional<String> uri = webLinks.size() < MAX_REMEMBERED_LINKS
                ? webLinks.computeIfAbsent(link.get(), TimelineReader::followable) : followable(link.get());
        if (uri.isEmpty()) {
            // javascript:, data: and the like would run in the reader's browser from an href; a malformed link typed
            // by a person is a warning on the cell, not a failure of the table.
            warnings.add(at(number, TimelineColumn.EVIDENCE, EVIDENCE_NOT_LINK, link.get()));
        }
        return uri;
    }

    /**
     * The link as an address a reader can follow safely (spaces written {@code %20}), or empty. A plain web address
     * is told so by its characters; anything else is parsed as a URI and judged by {@link #webLink}.
     */
    static Optional<String> followable(String link) {
        String address = link.replace(" ", "%20");
        if (plainWebAddress(address)) {
            return Optional.of(address);
        }
        try {
            return webLink(new URI(address)) ? Optional.of(address) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The characters a plain web address's path, query and fragment are written with, besides escapes and "#". */
    private static final boolean[] ADDRESS_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ADDRESS_CHARS[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
        }
    }

    /**
     * Whether the address is an http(s) address that {@link URI} certainly reads, told without parsing it: a host of
     * letters, digits, dots and dashes, a port of digits, then only characters a URI's path, query and fragment take,
     * every {@code %} starting an escape and at most one {@code #}. Most evidence links are; the rest are parsed.
     */
    static boolean plainWebAddress(String address) {
        int length = address.length();
        int at = address.startsWith("https://") ? 8 : address.startsWith("http://") ? 7 : -1;
        if (at < 0) {
            return false;
        }
        int host = at;
        while (at < length && (letterOrDigit(address.charAt(at)) || address.charAt(at) == '.'
                || address.charAt(at) == '-')) {
            at++;
        }
        if (at == host) {
            return false;
        }
        if (at < length && address.charAt(at) == ':') {
            int port = ++at;
            while (at < length && address.charAt(at) >= '0' && address.charAt(at) <= '9') {
                at++;
            }
            if (at == port) {
                return false;
            }
        }
        if (at < length && "/?#".indexOf(address.charAt(at)) < 0) {
            return false;
        }
        boolean fragment = false;
        for (; at < length; at++) {
            char c = address.charAt(at);
            if (c == '%') {
                if (at + 2 >= length || !hex(address.charAt(at + 1)) || !hex(address.charAt(at + 2))) {
                    return false;
                }
                at += 2;
            } else if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c >= 128 || !ADDRESS_CHARS[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A link a reader can follow safely: http(s), mailto or ftp, or a path on this Confluence. */
    static boolean webLink(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return uri.getRawPath() != null && uri.getRawPath().startsWith("/") && uri.getRawAuthority() == null;
        }
        return switch (scheme.toLowerCase(java.util.Locale.ROOT)) {
            case "http", "https", "mailto", "ftp" -> true;
            default -> false;
        };
    }

    private EntryKind kind(Cell cell, int number) {
        if (cell.isBlank()) {
            return EntryKind.OTHER;
        }
        Optional<String> key = kindKeys.computeIfAbsent(cell.text(), typed -> labels.match(typed, KINDS.keySet()));
        if (key.isEmpty()) {
            warnings.add(at(number, TimelineColumn.KIND, UNKNOWN_KIND, cell.text()));
            return EntryKind.OTHER;
        }
        return KINDS.get(key.get());
    }

    /**
     * A row across the table is a heading: a day ("12 March") dates the times typed without a date below it (in the
     * year of the rows above when it names none); any other heading is skipped with a warning naming it.
     */
    private LocalDate headingDate(TableGrid.Row row, int number, LocalDate date) {
        String text = row.headingText();
        if (text.length() <= MAX_HEADING_DATE) {
            Parsed<LocalDate> day = DateParser.parseDate(text);
            if (day.value().isEmpty() && date != null) {
                day = DateParser.parseDate(text + " " + date.getYear());
            }
            if (day.value().isPresent()) {
                return day.value().get();
            }
        }
        warnings.add(Warning.at(Warning.Location.row(MacroNames.TIMELINE, number), SKIPPED_HEADING, text));
        return date;
    }

    private static Warning at(int row, TimelineColumn column, String key, String... args) {
        return Warning.at(Warning.Location.cell(MacroNames.TIMELINE, row, column.key()), key, args);
    }
}
