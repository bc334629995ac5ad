/*
 * The postmortem wizard's rules, with no dependency on AJS or the DOM. They mirror
 * io.github.postmortems.blueprint.WizardValidator rule for rule (same white space, patterns, order and message keys);
 * both are run against src/test/resources/blueprint/wizard-validation-cases.json.
 */
(function (root) {
    'use strict';

    var PREFIX = 'postmortems.blueprint.wizard.error.';
    var FIELDS = ['incidentTitle', 'severity', 'startDate', 'startTime', 'detectDate', 'detectTime', 'endDate',
        'endTime', 'timeZone', 'incidentKey', 'facilitator', 'contact', 'meetingDate'];
    var MAX_TITLE = 255;
    var MAX_USER = 255;
    var MAX_PROJECT_KEY = 255;
    // Spelled out rather than \s because Java's and JavaScript's \s differ.
    var SPACE_RUN = /[\t\n\u000B\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+/g;
    var DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
    var TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?$/;
    var OFFSET = /^[+-](?:0[0-9]|1[0-4]):[0-5][0-9]$/;
    // Zone database names: up to three capitalised segments (Europe/Berlin, America/Argentina/Buenos_Aires, Etc/GMT+5).
    var REGION = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*){0,2}$/;
    var KEY = /^([A-Za-z][A-Za-z0-9_]*)-([1-9][0-9]{0,17})$/;

    function collapse(value) {
        if (value === null || value === undefined) {
            return '';
        }
        var collapsed = String(value).replace(SPACE_RUN, ' ');
        var from = collapsed.charAt(0) === ' ' ? 1 : 0;
        var to = collapsed.length > from && collapsed.charAt(collapsed.length - 1) === ' '
            ? collapsed.length - 1 : collapsed.length;
        return collapsed.substring(from, to);
    }

    function isLeap(year) {
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    }

    /** Minutes-and-seconds-comparable number for a valid date, or null. */
    function date(text) {
        var m = DATE.exec(text);
        if (!m) {
            return null;
        }
        var year = parseInt(m[1], 10);
        var month = parseInt(m[2], 10);
        var day = parseInt(m[3], 10);
        var days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) {
            return null;
        }
        return (year * 100 + month) * 100 + day;
    }

    function time(text) {
        var m = TIME.exec(text);
        if (!m) {
            return null;
        }
        return (parseInt(m[1], 10) * 60 + parseInt(m[2], 10)) * 60 + (m[3] ? parseInt(m[3], 10) : 0);
    }

    /** UTC, GMT, an offset, or a region name the browser's zone database knows (aliases included). */
    function isZone(text) {
        if (text === 'UTC' || text === 'GMT' || OFFSET.test(text)) {
            return true;
        }
        if (!REGION.test(text)) {
            return false;
        }
        if (typeof Intl === 'undefined') {
            return true;
        }
        try {
            new Intl.DateTimeFormat('en', {timeZone: text});
            return true;
        } catch (unknownZone) {
            return false;
        }
    }

    function isIssueKey(text) {
        var m = KEY.exec(text);
        return m !== null && m[1].length <= MAX_PROJECT_KEY;
    }

    /** A date and a time typed together: a comparable value, or null (and then a message is recorded). */
    function moment(values, dateField, timeField, required, errors) {
        var dateText = collapse(values[dateField]);
        var timeText = collapse(values[timeField]);
        if (dateText === '' && timeText === '' && !required) {
            return null;
        }
        var d = null;
        if (dateText === '') {
            errors[dateField] = PREFIX + (required ? 'start-date-required' : 'date-and-time');
        } else {
            d = date(dateText);
            if (d === null) {
                errors[dateField] = PREFIX + 'date-invalid';
            }
        }
        var t = null;
        if (timeText === '') {
            errors[timeField] = PREFIX + (required ? 'start-time-required' : 'date-and-time');
        } else {
            t = time(timeText);
            if (t === null) {
                errors[timeField] = PREFIX + 'time-invalid';
            }
        }
        return d === null || t === null ? null : d * 100000 + t;
    }

    /**
     * Checks the wizard's values (input name -> string).
     * @param values form values
     * @param severityCodes the codes the severity select offers
     * @return {Object} i18n message key per field in error, in form order; empty when the values are fine
     */
    function validate(values, severityCodes) {
        var errors = {};

        var title = collapse(values.incidentTitle);
        if (title === '') {
            errors.incidentTitle = PREFIX + 'title-required';
        } else if (title.length > MAX_TITLE) {
            errors.incidentTitle = PREFIX + 'title-too-long';
        }

        if (severityCodes.indexOf(collapse(values.severity)) < 0) {
            errors.severity = PREFIX + 'severity-unknown';
        }

        var zone = collapse(values.timeZone);
        if (zone === '') {
            errors.timeZone = PREFIX + 'zone-required';
        } else if (!isZone(zone)) {
            errors.timeZone = PREFIX + 'zone-invalid';
        }

        var start = moment(values, 'startDate', 'startTime', true, errors);
        var detect = moment(values, 'detectDate', 'detectTime', false, errors);
        var end = moment(values, 'endDate', 'endTime', false, errors);
        if (start !== null && detect !== null && detect < start) {
            errors.detectDate = PREFIX + 'detect-before-start';
        }
        if (start !== null && end !== null && end < start) {
            errors.endDate = PREFIX + 'end-before-start';
        } else if (detect !== null && end !== null && end < detect) {
            errors.endDate = PREFIX + 'end-before-detect';
        }

        var key = collapse(values.incidentKey);
        if (key !== '' && !isIssueKey(key)) {
            errors.incidentKey = PREFIX + 'key-invalid';
        }

        ['facilitator', 'contact'].forEach(function (field) {
            if (collapse(values[field]).length > MAX_USER) {
                errors[field] = PREFIX + 'user-too-long';
            }
        });

        var meeting = collapse(values.meetingDate);
        if (meeting !== '' && date(meeting) === null) {
            errors.meetingDate = PREFIX + 'date-invalid';
        }

        var ordered = {};
        FIELDS.forEach(function (field) {
            if (errors[field]) {
                ordered[field] = errors[field];
            }
        });
        return ordered;
    }

    /** The wall-clock time in the zone at the instant, comparable with moment(); null when the zone is unknown. */
    function wallClock(zone, millis) {
        var parts = {};
        try {
            new Intl.DateTimeFormat('en-US', {
                timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
                hour: '2-digit', minute: '2-digit', second: '2-digit'
            }).formatToParts(new Date(millis)).forEach(function (part) {
                parts[part.type] = parseInt(part.value, 10);
            });
        } catch (unknownZone) {
            return null;
        }
        return ((parts.year * 100 + parts.month) * 100 + parts.day) * 100000
            + (parts.hour * 60 + parts.minute) * 60 + parts.second;
    }

    /**
     * Whether the start lies after the instant, read in the chosen zone: a warning, not an error, since a
     * postmortem may be prepared before a planned change.
     */
    function startsInFuture(values, nowMillis) {
        var zone = collapse(values.timeZone);
        var start = moment(values, 'startDate', 'startTime', true, {});
        if (start === null || zone === '' || !isZone(zone) || typeof Intl === 'undefined') {
            return false;
        }
        var now = wallClock(zone, nowMillis);
        return now !== null && start > now;
    }

    root.PostmortemsWizardValidation = {
        FIELDS: FIELDS,
        collapse: collapse,
        validate: validate,
        isZone: isZone,
        startsInFuture: startsInFuture
    };
}(typeof window !== 'undefined' ? window : this));
