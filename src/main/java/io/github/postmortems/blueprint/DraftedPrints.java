package io.github.postmortems.blueprint;

import io.github.postmortems.incident.RowPrint;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.storage.TableReading;
import io.github.postmortems.text.Messages;
import io.github.postmortems.timeline.TimelineRow;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprints of the rows drafted into a new page (issue 15, item 4), and how they travel from the blueprint's
 * context provider to the page-created event: as one text value in the blueprint context ({@link #CONTEXT_KEY}),
 * a line {@code <fingerprint> <source>} per row. A text, because Confluence keeps the context of a page opened in the
 * editor across the draft and may keep only simple values.
 * <p>The fingerprints are taken by reading the very rows written into the page with the real readers, as the macros
 * will read them ({@link #of}): what is remembered is what a macro computes for the untouched row, by construction.
 */
public final class DraftedPrints {

    /** Blueprint context key: not a template variable (the page template never names it). */
    public static final String CONTEXT_KEY = "draftedRowPrints";
    /** The value's bound: {@link DraftedRows#MAX_ROWS} lines of a fingerprint, a space and a source fit well inside. */
    public static final int MAX_CHARS = DraftedRows.MAX_ROWS * (RowPrint.LENGTH + 2 + DraftedRows.MAX_SOURCE);

    private DraftedPrints() {
    }

    /**
     * The fingerprint of each chosen row as the readers read it from the page, keyed by its source. A row the readers
     * would not read back as a drafted row (none is expected) has no fingerprint, so it can never show the mark.
     */
    public static Map<String, String> of(List<DraftedRows.Chosen> rows, ZoneId zone, Messages messages) {
        StorageReader reader = new StorageReader();
        ReadingContext context = ReadingContext.inZone(zone);
        Map<String, String> vars = DraftedRows.variables(rows, zone, messages);
        // The same order as DraftedRows.variables writes them: time order (stable), and the order chosen.
        List<DraftedRows.Chosen> timeline = rows.stream().filter(row -> row.kind() != DraftedRows.Kind.COUNTERMEASURE)
                .sorted(Comparator.comparing((DraftedRows.Chosen row) -> row.time().orElseThrow())).toList();
        List<DraftedRows.Chosen> countermeasures = rows.stream()
                .filter(row -> row.kind() == DraftedRows.Kind.COUNTERMEASURE).toList();
        Map<String, String> prints = new LinkedHashMap<>();
        if (!timeline.isEmpty()) {
            TableReading<TimelineRow> read = reader.readTimeline(table(messages, List.of(
                    "postmortems.timeline.column.time", "postmortems.timeline.column.event",
                    "postmortems.timeline.column.evidence", "postmortems.timeline.column.kind"),
                    vars.get(DraftedRows.TIMELINE_ROWS)), context);
            for (TimelineRow row : read.rows()) {
                if (row instanceof TimelineRow.Entry entry && entry.entry().drafted() && row.row() <= timeline.size()) {
                    prints.put(timeline.get(row.row() - 1).source(), RowPrint.of(entry.entry()));
                }
            }
        }
        if (!countermeasures.isEmpty()) {
            TableReading<CountermeasureRow> read = reader.readCountermeasures(table(messages, List.of(
                    "postmortems.countermeasure.column.text", "postmortems.countermeasure.column.owner",
                    "postmortems.countermeasure.column.due", "postmortems.countermeasure.column.priority",
                    "postmortems.countermeasure.column.type", "postmortems.countermeasure.column.jira",
                    "postmortems.countermeasure.column.status"),
                    vars.get(DraftedRows.COUNTERMEASURE_ROWS)), context);
            for (CountermeasureRow row : read.rows()) {
                int number = row.countermeasure().row();
                if (row.countermeasure().drafted() && number <= countermeasures.size()) {
                    prints.put(countermeasures.get(number - 1).source(), RowPrint.of(row.countermeasure()));
                }
            }
        }
        return prints;
    }

    /**
     * The rows of a published page that carry the "From Jira" lozenge, fingerprinted as they read now: what is
     * remembered when the page-created event comes without the context's fingerprints. Rows a person edited in the
     * editor before the first publish then count as drafted; their sources are {@code page:timeline:<row>} and
     * {@code page:countermeasure:<row>}, the page's own row numbers.
     */
    public static Map<String, String> ofPage(String storage) {
        PageReading page = new StorageReader().readPage(storage == null ? "" : storage,
                ReadingContext.inZone(ZoneOffset.UTC));
        Map<String, String> prints = new LinkedHashMap<>();
        for (TimelineRow row : page.timeline()) {
            if (prints.size() < DraftedRows.MAX_ROWS && row instanceof TimelineRow.Entry entry
                    && entry.entry().drafted()) {
                prints.put("page:timeline:" + row.row(), RowPrint.of(entry.entry()));
            }
        }
        for (CountermeasureRow row : page.countermeasures()) {
            if (prints.size() < DraftedRows.MAX_ROWS && row.countermeasure().drafted()) {
                prints.put("page:countermeasure:" + row.countermeasure().row(), RowPrint.of(row.countermeasure()));
            }
        }
        return prints;
    }

    /**
     * What to remember of a page just created: the fingerprints the context carries, or when it carries none (a
     * context Confluence did not keep whole through the editor's draft), the page's lozenged rows as published.
     */
    public static Map<String, String> toRemember(Object contextValue, java.util.function.Supplier<String> storage) {
        return decode(contextValue).orElseGet(() -> ofPage(storage.get()));
    }

    /** The context value for {@code prints}. */
    public static String encode(Map<String, String> prints) {
        StringBuilder text = new StringBuilder();
        prints.forEach((source, print) -> text.append(print).append(' ').append(source).append('\n'));
        return text.toString();
    }

    /**
     * The fingerprints a context value carries; empty when the context has no such value (or not one we wrote), so
     * the caller falls back to the page. A line that is not a fingerprint and a source is left out.
     */
    public static Optional<Map<String, String>> decode(Object value) {
        if (!(value instanceof CharSequence chars) || chars.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Map<String, String> prints = new LinkedHashMap<>();
        String text = chars.toString();
        int start = 0;
        while (start < text.length() && prints.size() < DraftedRows.MAX_ROWS) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            start = end < 0 ? text.length() : end + 1;
            int space = line.indexOf(' ');
            if (space == RowPrint.LENGTH && RowPrint.looksLikeOne(line.substring(0, space))) {
                String source = line.substring(space + 1).strip();
                if (!source.isEmpty() && source.length() <= DraftedRows.MAX_SOURCE) {
                    prints.put(source, line.substring(0, space));
                }
            }
        }
        return Optional.of(prints);
    }

    private static String table(Messages messages, List<String> headerKeys, String rows) {
        StringBuilder table = new StringBuilder("<table><tbody><tr>");
        headerKeys.forEach(key -> table.append("<th>").append(StorageMarkup.escape(messages.text(key))).append("</th>"));
        return table.append("</tr>").append(rows).append("</tbody></table>").toString();
    }
}
