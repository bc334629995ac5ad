package io.github.postmortems.jira;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.Text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Names countermeasure rows by what they say, not where they stand: a row keeps its id when rows are added above it,
 * and pressing "Create Jira issues" twice names it the same way. Rows saying the same thing are told apart by
 * occurrence. Changing a row's text before its issue exists gives it a new id, which is right: it is a new request.
 */
public final class RowIds {

    private static final int LENGTH = 16;

    private RowIds() {
    }

    /** One id per countermeasure, in the same order. */
    public static List<RowRef> assign(long pageId, List<Countermeasure> countermeasures) {
        Map<String, Integer> seen = new HashMap<>();
        List<RowRef> refs = new ArrayList<>(countermeasures.size());
        MessageDigest sha256 = sha256(); // one for the page's rows: looking the algorithm up costs more than a row's hash
        for (Countermeasure countermeasure : countermeasures) {
            String folded = Text.fold(countermeasure.text());
            int occurrence = seen.merge(folded, 1, Integer::sum);
            refs.add(new RowRef(pageId, digest(sha256, pageId + "\n" + folded + "\n" + occurrence)));
        }
        return refs;
    }

    /** The label on the Jira issue that identifies its row: found again after a crash between create and record. */
    public static String rowLabel(RowRef row) {
        return "postmortem-row-" + row.rowId();
    }

    /** The label on every issue of one postmortem page. */
    public static String pageLabel(long pageId) {
        return "postmortem-page-" + pageId;
    }

    /** The first {@link #LENGTH} hex digits of the text's SHA-256; {@code digest} is reset by each hash. */
    private static String digest(MessageDigest sha256, String text) {
        byte[] hash = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, LENGTH / 2);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
