package io.github.postmortems.storage;

import io.github.postmortems.timeline.DateParser;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The postmortem's follow-up review day, as the template asks for it in "Review and follow-up": a bold label in any
 * bundled language ("Follow-up review:", "Nachprüfung:", "Revue de suivi :") followed by a date picker's date or a
 * date typed as text, up to the end of its list item or paragraph. Read from storage format by a single forward scan
 * (no parse of the page, no regular expression over it); the first such label with a readable date wins.
 */
public final class FollowUpDate {

    static final String LABEL = "postmortems.list.followup.label";
    /** A label longer than this is a sentence in bold, not a label. */
    private static final int MAX_LABEL = 200;
    /** What follows a label is a date and perhaps a few words. */
    private static final int MAX_VALUE = 2_000;
    /** Labels without a readable date that are tried before giving up: a page names its follow-up once or twice. */
    private static final int MAX_LABELLED = 20;

    private FollowUpDate() {
    }

    public static Optional<LocalDate> in(String storage) {
        return in(storage, Labels.bundled());
    }

    static Optional<LocalDate> in(String storage, Labels labels) {
        if (storage == null) {
            return Optional.empty();
        }
        int from = 0;
        int labelled = 0;
        while (true) {
            int open = storage.indexOf("<strong", from);
            if (open < 0) {
                return Optional.empty();
            }
            int openEnd = storage.indexOf('>', open);
            int close = openEnd < 0 ? -1 : storage.indexOf("</strong>", openEnd);
            if (close < 0) {
                return Optional.empty();
            }
            from = close + "</strong>".length();
            if (close - openEnd > MAX_LABEL
                    || labels.match(textOf(storage, openEnd + 1, close), Set.of(LABEL)).isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = dateIn(value(storage, from));
            if (date.isPresent() || ++labelled >= MAX_LABELLED) {
                return date;
            }
        }
    }

    /**
     * What follows the label up to the end of its list item or paragraph, at most {@link #MAX_VALUE} characters: each
     * search stays in that window, so many labels cost no more than their windows.
     */
    private static String value(String storage, int from) {
        String window = storage.substring(from, Math.min(storage.length(), from + MAX_VALUE));
        int end = window.length();
        for (String stop : new String[] {"</li>", "</p>", "</td>"}) {
            int at = window.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return window.substring(0, end);
    }

    private static Optional<LocalDate> dateIn(String value) {
        int picked = value.indexOf("datetime=\"");
        if (picked >= 0 && picked + 20 <= value.length()) {
            try {
                return Optional.of(LocalDate.parse(value.substring(picked + 10, picked + 20)));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (value.contains("<ac:placeholder")) {
            return Optional.empty(); // the template's hint, still untouched
        }
        String text = textOf(value, 0, value.length()).strip();
        return text.isEmpty() ? Optional.empty() : DateParser.parseDate(text).value();
    }

    /** The characters outside tags, with the few entities a label or date holds. */
    private static String textOf(String markup, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        boolean inTag = false;
        for (int i = from; i < to; i++) {
            char c = markup.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
                text.append(' ');
            } else if (!inTag) {
                text.append(c);
            }
        }
        return text.toString().replace("&nbsp;", " ").replace("&#160;", " ").replace("&amp;", "&").strip();
    }
}
