package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.UserRef;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wizard's rules, checked again on the server. They mirror {@code js/postmortem-wizard-validation.js} rule for
 * rule (same white space, patterns, order and message keys) and both are run against
 * {@code src/test/resources/blueprint/wizard-validation-cases.json}. At most one message per field: the first rule
 * that fails. The three incident times share one zone, so comparing them as local times is the same as comparing
 * instants (except inside a daylight-saving fold, where both sides see the same local order).
 */
public final class WizardValidator {

    public static final int MAX_TITLE = 255;
    public static final int MAX_USER = 255;
    public static final int MAX_PROJECT_KEY = 255;

    static final String PREFIX = "postmortems.blueprint.wizard.error.";
    public static final String TITLE_REQUIRED = PREFIX + "title-required";
    public static final String TITLE_TOO_LONG = PREFIX + "title-too-long";
    public static final String SEVERITY_UNKNOWN = PREFIX + "severity-unknown";
    public static final String START_DATE_REQUIRED = PREFIX + "start-date-required";
    public static final String START_TIME_REQUIRED = PREFIX + "start-time-required";
    public static final String DATE_INVALID = PREFIX + "date-invalid";
    public static final String TIME_INVALID = PREFIX + "time-invalid";
    public static final String DATE_AND_TIME = PREFIX + "date-and-time";
    public static final String DETECT_BEFORE_START = PREFIX + "detect-before-start";
    public static final String END_BEFORE_START = PREFIX + "end-before-start";
    public static final String END_BEFORE_DETECT = PREFIX + "end-before-detect";
    public static final String ZONE_REQUIRED = PREFIX + "zone-required";
    public static final String ZONE_INVALID = PREFIX + "zone-invalid";
    public static final String KEY_INVALID = PREFIX + "key-invalid";
    public static final String USER_TOO_LONG = PREFIX + "user-too-long";

    /** Spelled out rather than {@code \s} because Java's and JavaScript's {@code \s} differ. */
    private static final Pattern SPACE_RUN = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?");
    private static final Pattern ZONE = Pattern.compile(
            "UTC|GMT|[+-](?:0[0-9]|1[0-4]):[0-5][0-9]|[A-Z][A-Za-z0-9_+-]*(?:/[A-Z][A-Za-z0-9_+-]*){0,2}");
    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-([1-9][0-9]{0,17})");

    private final SeverityScale scale;

    public WizardValidator(SeverityScale scale) {
        this.scale = scale;
    }

    public WizardValidation validate(WizardInput input) {
        Map<WizardField, String> errors = new EnumMap<>(WizardField.class);

        String title = collapse(input.get(WizardField.INCIDENT_TITLE));
        if (title.isEmpty()) {
            errors.put(WizardField.INCIDENT_TITLE, TITLE_REQUIRED);
        } else if (title.length() > MAX_TITLE) {
            errors.put(WizardField.INCIDENT_TITLE, TITLE_TOO_LONG);
        }

        Severity severity = severity(collapse(input.get(WizardField.SEVERITY))).orElse(null);
        if (severity == null) {
            errors.put(WizardField.SEVERITY, SEVERITY_UNKNOWN);
        }

        ZoneId zone = null;
        String zoneText = collapse(input.get(WizardField.TIME_ZONE));
        if (zoneText.isEmpty()) {
            errors.put(WizardField.TIME_ZONE, ZONE_REQUIRED);
        } else {
            zone = zone(zoneText).orElse(null);
            if (zone == null) {
                errors.put(WizardField.TIME_ZONE, ZONE_INVALID);
            }
        }

        LocalDateTime start = moment(input, WizardField.START_DATE, WizardField.START_TIME, true, errors);
        LocalDateTime detect = moment(input, WizardField.DETECT_DATE, WizardField.DETECT_TIME, false, errors);
        LocalDateTime end = moment(input, WizardField.END_DATE, WizardField.END_TIME, false, errors);
        if (start != null && detect != null && detect.isBefore(start)) {
            errors.put(WizardField.DETECT_DATE, DETECT_BEFORE_START);
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.put(WizardField.END_DATE, END_BEFORE_START);
        } else if (detect != null && end != null && end.isBefore(detect)) {
            errors.put(WizardField.END_DATE, END_BEFORE_DETECT);
        }

        IssueKey key = null;
        String keyText = collapse(input.get(WizardField.INCIDENT_KEY));
        if (!keyText.isEmpty()) {
            key = issueKey(keyText).orElse(null);
            if (key == null) {
                errors.put(WizardField.INCIDENT_KEY, KEY_INVALID);
            }
        }

        UserRef facilitator = user(input, WizardField.FACILITATOR, errors);
        UserRef contact = user(input, WizardField.CONTACT, errors);

        LocalDate meetingDate = null;
        String meetingText = collapse(input.get(WizardField.MEETING_DATE));
        if (!meetingText.isEmpty()) {
            meetingDate = date(meetingText).orElse(null);
            if (meetingDate == null) {
                errors.put(WizardField.MEETING_DATE, DATE_INVALID);
            }
        }

        if (!errors.isEmpty()) {
            return new WizardValidation.Invalid(errors);
        }
        return new WizardValidation.Valid(new NewPostmortem(title, severity, zone, start, detect, end, key,
                facilitator, contact, meetingDate));
    }

    /** Collapses every run of white space into one space and trims, the same way the wizard does. */
    public static String collapse(String value) {
        if (value == null) {
            return "";
        }
        String collapsed = SPACE_RUN.matcher(value).replaceAll(" ");
        int from = collapsed.startsWith(" ") ? 1 : 0;
        int to = collapsed.endsWith(" ") && collapsed.length() > from ? collapsed.length() - 1 : collapsed.length();
        return collapsed.substring(from, to);
    }

    private Optional<Severity> severity(String code) {
        return scale.levels().stream().filter(level -> level.code().equals(code)).findFirst();
    }

    /** A date and a time typed together; null when absent or wrong (and then a message is recorded). */
    private static LocalDateTime moment(WizardInput input, WizardField dateField, WizardField timeField,
                                        boolean required, Map<WizardField, String> errors) {
        String dateText = collapse(input.get(dateField));
        String timeText = collapse(input.get(timeField));
        if (dateText.isEmpty() && timeText.isEmpty() && !required) {
            return null;
        }
        LocalDate date = null;
        if (dateText.isEmpty()) {
            errors.put(dateField, required ? START_DATE_REQUIRED : DATE_AND_TIME);
        } else {
            date = date(dateText).orElse(null);
            if (date == null) {
                errors.put(dateField, DATE_INVALID);
            }
        }
        LocalTime time = null;
        if (timeText.isEmpty()) {
            errors.put(timeField, required ? START_TIME_REQUIRED : DATE_AND_TIME);
        } else {
            time = time(timeText).orElse(null);
            if (time == null) {
                errors.put(timeField, TIME_INVALID);
            }
        }
        return date == null || time == null ? null : LocalDateTime.of(date, time);
    }

    private static UserRef user(WizardInput input, WizardField field, Map<WizardField, String> errors) {
        String name = collapse(input.get(field));
        if (name.isEmpty()) {
            return null;
        }
        if (name.length() > MAX_USER) {
            errors.put(field, USER_TOO_LONG);
            return null;
        }
        // The user picker fills in usernames (see js/postmortem-wizard.js).
        return new UserRef.ByUsername(name);
    }

    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seconds));
    }

    static Optional<ZoneId> zone(String text) {
        if (!ZONE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException unknownRegion) {
            return Optional.empty();
        }
    }

    static Optional<IssueKey> issueKey(String text) {
        Matcher m = KEY.matcher(text);
        if (!m.matches() || m.group(1).length() > MAX_PROJECT_KEY) {
            return Optional.empty();
        }
        return IssueKey.parse(text);
    }
}
