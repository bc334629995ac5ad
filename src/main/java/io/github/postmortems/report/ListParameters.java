package io.github.postmortems.report;

import io.github.postmortems.postmortem.PostmortemStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the postmortem list's parameters as people type them in the macro browser or in an export URL. A value that
 * cannot be read becomes a warning and its default, never a failure.
 */
public final class ListParameters {

    public static final String ALL_SPACES = "@all";
    public static final int DEFAULT_MAX_ROWS = 25;
    public static final int MOST_ROWS = 500;
    static final String INVALID = "postmortems.list.warning.invalid";

    /** Dates outside these years are warned about and ignored. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;
    private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,4})([dwmy])");
    private static final Pattern SEVERITY = Pattern.compile("SEV([1-4])");
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9~_]{1,255}");

    /** "followUpDue" looks at most a year ahead. */
    static final int MOST_FOLLOW_UP_DAYS = 366;

    private ListParameters() {
    }

    /**
     * @param currentSpace the space of the page the list is on: the default; "" when there is none (then every space)
     * @param today        the day relative dates count back from, in {@code zone}
     * @param zone         the zone dates are read in (the viewer's)
     */
    public static ListQuery parse(Map<String, String> parameters, String currentSpace, LocalDate today, ZoneId zone) {
        Map<String, String> p = parameters == null ? Map.of() : parameters;
        List<ListWarning> warnings = new ArrayList<>();
        Selection selection = Selection.all();

        Set<String> spaces = spaces(value(p, "spaces"), currentSpace, warnings);
        selection = selection.inSpaces(spaces);
        List<String> labels = list(value(p, "labels"));
        if (!labels.isEmpty()) {
            selection = selection.withAnyLabel(labels);
        }
        String severity = value(p, "minSeverity");
        if (!severity.isEmpty()) {
            Matcher matcher = SEVERITY.matcher(severity.toUpperCase(Locale.ROOT));
            if (matcher.matches()) {
                selection = selection.atLeastSeverity(Integer.parseInt(matcher.group(1)));
            } else {
                warnings.add(new ListWarning(INVALID, "minSeverity", severity));
            }
        }
        Set<PostmortemStatus> statuses = EnumSet.noneOf(PostmortemStatus.class);
        for (String typed : list(value(p, "status"))) {
            Optional<PostmortemStatus> status = PostmortemStatus.fromCode(typed);
            status.ifPresentOrElse(statuses::add, () -> warnings.add(new ListWarning(INVALID, "status", typed)));
        }
        if (!statuses.isEmpty()) {
            selection = selection.withStatuses(statuses);
        }
        Instant from = date(value(p, "from"), "from", today, zone, warnings);
        Instant to = date(value(p, "to"), "to", today, zone, warnings);
        if (from != null || to != null) {
            // "to" is inclusive as people read it: up to the end of that day.
            Instant before = to == null ? null : to.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            selection = selection.startingBetween(from, before);
        }
        String followUp = value(p, "followUpDue");
        if (!followUp.isEmpty()) {
            // Follow-up reviews passed, or due within this many days, with countermeasures left to settle.
            if (followUp.matches("[0-9]{1,3}") && Integer.parseInt(followUp) <= MOST_FOLLOW_UP_DAYS) {
                selection = selection.followUpDueBy(today.plusDays(Integer.parseInt(followUp)));
            } else {
                warnings.add(new ListWarning(INVALID, "followUpDue", followUp));
            }
        }
        selection = selection.sortedBy(sort(value(p, "sort"), warnings));
        return new ListQuery(selection, maxRows(value(p, "max"), warnings), columns(value(p, "columns"), warnings),
                warnings);
    }

    private static Set<String> spaces(String typed, String currentSpace, List<ListWarning> warnings) {
        if (typed.equalsIgnoreCase(ALL_SPACES)) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String key : list(typed)) {
            if (SPACE_KEY.matcher(key).matches()) {
                keys.add(key);
            } else {
                warnings.add(new ListWarning(INVALID, "spaces", key));
            }
        }
        if (keys.isEmpty() && currentSpace != null && !currentSpace.isBlank()) {
            keys.add(currentSpace);
        }
        return keys;
    }

    private static Instant date(String typed, String parameter, LocalDate today, ZoneId zone,
                                List<ListWarning> warnings) {
        if (typed.isEmpty()) {
            return null;
        }
        Matcher relative = RELATIVE.matcher(typed.toLowerCase(Locale.ROOT));
        LocalDate day;
        if (relative.matches()) {
            int amount = Integer.parseInt(relative.group(1));
            day = switch (relative.group(2)) {
                case "d" -> today.minusDays(amount);
                case "w" -> today.minusWeeks(amount);
                case "m" -> today.minusMonths(amount);
                default -> today.minusYears(amount);
            };
        } else {
            try {
                day = LocalDate.parse(typed);
            } catch (DateTimeParseException e) {
                warnings.add(new ListWarning(INVALID, parameter, typed));
                return null;
            }
        }
        // Years far outside any incident ("+999999999-12-31") overflow the day after and epoch milliseconds.
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            warnings.add(new ListWarning(INVALID, parameter, typed));
            return null;
        }
        return day.atStartOfDay(zone).toInstant();
    }

    private static Sort sort(String typed, List<ListWarning> warnings) {
        return switch (typed.toLowerCase(Locale.ROOT)) {
            case "", "start" -> Sort.START_DESC;
            case "severity" -> Sort.SEVERITY;
            case "title" -> Sort.TITLE;
            case "ttd" -> Sort.TIME_TO_DETECT;
            case "ttr" -> Sort.TIME_TO_RESOLVE;
            default -> {
                warnings.add(new ListWarning(INVALID, "sort", typed));
                yield Sort.START_DESC;
            }
        };
    }

    private static int maxRows(String typed, List<ListWarning> warnings) {
        if (typed.isEmpty()) {
            return DEFAULT_MAX_ROWS;
        }
        try {
            int rows = Integer.parseInt(typed);
            if (rows >= 1 && rows <= MOST_ROWS) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // Reported below like any other value out of range.
        }
        warnings.add(new ListWarning(INVALID, "max", typed));
        return DEFAULT_MAX_ROWS;
    }

    private static List<ListColumn> columns(String typed, List<ListWarning> warnings) {
        Set<ListColumn> columns = new LinkedHashSet<>();
        for (String code : list(typed)) {
            ListColumn.fromCode(code).ifPresentOrElse(columns::add,
                    () -> warnings.add(new ListWarning(INVALID, "columns", code)));
        }
        return columns.isEmpty() ? ListColumn.DEFAULT : List.copyOf(columns);
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null ? "" : value.trim();
    }

    private static List<String> list(String typed) {
        List<String> values = new ArrayList<>();
        for (String part : typed.split(",")) {
            if (!part.isBlank()) {
                values.add(part.trim());
            }
        }
        return values;
    }
}
