package io.github.postmortems.incident;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.timeline.Evidence;
import io.github.postmortems.timeline.TimelineEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The fingerprint of a drafted row: a hash of what the readers read from it (issue 15, item 4), so a row whose text
 * a person changed is told from the row as it was drafted. Taken from the values read, not from the cell markup:
 * the macros read the view format Confluence hands them, the page holds storage format, and a row reads the same
 * in both. The "From Jira" lozenge is not part of any value, and neither is the row's number (rows above may come
 * and go). What counts: a timeline row's time (the instant), event text, evidence and kind; a countermeasure's text,
 * owner, due date, priority, type, Jira key and tick.
 */
public final class RowPrint {

    /** 128 bits of SHA-256 in hex: collisions between a page's rows are not a concern at that length. */
    public static final int LENGTH = 32;

    private static final char SEPARATOR = '\u001F';
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RowPrint() {
    }

    public static String of(TimelineEntry entry) {
        return hash("timeline", entry.time().toString(), words(entry.text()),
                entry.evidenceIfSet().map(RowPrint::evidence).orElse(""), entry.kind().name());
    }

    public static String of(Countermeasure countermeasure) {
        return hash("countermeasure", words(countermeasure.text()),
                countermeasure.ownerIfSet().map(owner -> owner.getClass().getSimpleName() + ":"
                        + owner.fallbackText()).orElse(""),
                countermeasure.dueIfSet().map(Object::toString).orElse(""),
                countermeasure.priorityIfSet().map(Object::toString).orElse(""),
                countermeasure.typeIfSet().map(Object::toString).orElse(""),
                countermeasure.jiraKeyIfSet().map(Object::toString).orElse(""),
                String.valueOf(countermeasure.ticked()));
    }

    /** Whether {@code text} could be a fingerprint: what a store hands back is checked before it is trusted. */
    public static boolean looksLikeOne(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String evidence(Evidence evidence) {
        return evidence.getClass().getSimpleName() + ":" + evidence.name();
    }

    /** Runs of white space as one space, none at the ends: re-wrapping a cell in the editor is no edit. */
    private static String words(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String hash(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(Objects.requireNonNull(part)).append(SEPARATOR);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
