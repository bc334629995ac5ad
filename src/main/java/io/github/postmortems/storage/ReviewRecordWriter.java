package io.github.postmortems.storage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one review step into a page: the details table's Status cell, and a row at the end of the page's Approvals
 * table (the table after a heading named "Approvals" in any bundled language), or a new Approvals section at the end
 * of the page when it has none. Every other character of the page stays as it was, as with {@link JiraKeyWriter}, so
 * the page's history shows exactly what the app did.
 */
public final class ReviewRecordWriter {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** The Approvals heading's i18n key: a heading reading as it in any bundled language is the section. */
    public static final String HEADING = "postmortems.review.page.heading";
    private static final List<String> HEADING_KEY = List.of(HEADING);

    private final StorageReader reader;
    private final Labels labels = Labels.bundled();

    public ReviewRecordWriter(StorageReader reader) {
        this.reader = reader;
    }

    /**
     * @param storage    the page as it is now
     * @param status     the new content of the Status cell, as storage markup the caller escaped
     * @param row        the Approvals row to append ({@code <tr>...</tr>}), escaped by the caller
     * @param newSection the Approvals section (heading and table holding {@code row}) for a page without one
     * @return the page with both written; empty when the page has no Status cell to write (then nothing changes: a
     *         row saying "approved" beside a status that does not would say two things)
     */
    public Optional<String> write(String storage, String status, String row, String newSection) {
        Objects.requireNonNull(storage, "storage");
        Optional<SourceSpan> statusCell = reader.detailsStatusCell(storage);
        if (statusCell.isEmpty() || storage.length() > StorageReader.MAX_MARKUP_CHARS) {
            return Optional.empty();
        }
        OptionalInsert rowAt = rowInsertion(storage);
        StringBuilder page = new StringBuilder(storage);
        SourceSpan cell = statusCell.get();
        // The later edit first, so the earlier offset stays true.
        if (rowAt.at() >= cell.end()) {
            page.insert(rowAt.at(), rowAt.found() ? row : newSection);
            page.replace(cell.start(), cell.end(), status);
        } else {
            page.replace(cell.start(), cell.end(), status);
            page.insert(rowAt.at(), rowAt.found() ? row : newSection);
        }
        return Optional.of(page.toString());
    }

    /** Where the row goes: after the last row of the Approvals table; else the end of the page (a new section). */
    private OptionalInsert rowInsertion(String storage) {
        Document page = Jsoup.parse(storage, "", Parser.xmlParser().setTrackPosition(true));
        for (Element heading : page.getAllElements()) {
            if (!HEADINGS.contains(heading.normalName()) || labels.match(heading.text(), HEADING_KEY).isEmpty()) {
                continue;
            }
            Optional<Element> table = tableAfter(heading);
            if (table.isEmpty()) {
                continue;
            }
            List<Element> rows = rowsOf(table.get());
            if (rows.isEmpty()) {
                continue;
            }
            Range close = rows.get(rows.size() - 1).endSourceRange();
            if (close.isTracked() && close.end().pos() > close.start().pos()) {
                return new OptionalInsert(true, close.end().pos());
            }
        }
        return new OptionalInsert(false, storage.length());
    }

    /** The first table among the heading's next siblings, before the next heading. */
    private static Optional<Element> tableAfter(Element heading) {
        for (Element sibling = heading.nextElementSibling(); sibling != null;
             sibling = sibling.nextElementSibling()) {
            if (HEADINGS.contains(sibling.normalName())) {
                return Optional.empty();
            }
            if (sibling.normalName().equals("table")) {
                return Optional.of(sibling);
            }
        }
        return Optional.empty();
    }

    /** The table's own rows (not those of a table nested in a cell). */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (child.normalName().equals("tbody") || child.normalName().equals("thead")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private record OptionalInsert(boolean found, int at) {
    }
}
