package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.text.Markup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes Jira keys into the Jira cells of a page's countermeasures table, changing those cells only: every other
 * character of the page stays as it was, so the page's history shows exactly what the app did. A countermeasure
 * written as a Confluence task without a Jira cell gets its key as a Jira macro at the end of the task's body.
 */
public final class JiraKeyWriter {

    static final String NO_JIRA_CELL = "postmortems.storage.warning.no-jira-cell";
    static final String HAS_OTHER_KEY = "postmortems.storage.warning.other-key";

    private final StorageReader reader;

    public JiraKeyWriter(StorageReader reader) {
        this.reader = reader;
    }

    /**
     * @param storage the page as it is now
     * @param keys    the key to write for each row that should get one, by the row's identity
     * @param rowId   how rows are identified (the same function that chose the rows)
     */
    public WriteBack write(String storage, Map<String, IssueKey> keys, ReadingContext context,
                           Function<List<CountermeasureRow>, List<String>> rowId) {
        List<CountermeasureRow> rows = reader.readPage(storage, context).countermeasures();
        List<String> ids = rowId.apply(rows);
        List<Edit> edits = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<Warning> skipped = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IssueKey key = keys.get(ids.get(i));
            if (key == null) {
                continue;
            }
            CountermeasureRow row = rows.get(i);
            int number = row.countermeasure().row();
            if (row.countermeasure().jiraKeyIfSet().isPresent()) {
                if (!row.countermeasure().jiraKey().equals(key)) {
                    skipped.add(Warning.at(Warning.Location.cell(MacroNames.COUNTERMEASURES, number,
                            CountermeasureColumn.JIRA.key()), HAS_OTHER_KEY, row.countermeasure().jiraKey().toString(),
                            key.toString()));
                }
                continue;
            }
            if (row.jiraCellSpanIfKnown().isEmpty() && row.taskBodyEndIfKnown().isPresent()) {
                // A task without a Jira cell gets its key as a Jira macro at the end of its body, where the reader
                // takes it for the key and leaves it out of the text: the row keeps its identity.
                edits.add(new Edit(row.taskBodyEnd(), " " + jiraMacro(key)));
                written.add(ids.get(i));
                continue;
            }
            if (row.jiraCellSpanIfKnown().isEmpty()) {
                skipped.add(Warning.at(Warning.Location.row(MacroNames.COUNTERMEASURES, number), NO_JIRA_CELL,
                        key.toString()));
                continue;
            }
            edits.add(new Edit(row.jiraCellSpan(), "<p>" + Markup.escape(key.toString()) + "</p>"));
            written.add(ids.get(i));
        }
        return new WriteBack(apply(storage, edits), written, skipped);
    }

    /** Confluence's Jira issue macro for one key, on the primary Jira link (no server named). */
    static String jiraMacro(IssueKey key) {
        return "<ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\"><ac:parameter ac:name=\"key\">"
                + Markup.escape(key.toString()) + "</ac:parameter></ac:structured-macro>";
    }

    private static String apply(String storage, List<Edit> edits) {
        StringBuilder page = new StringBuilder(storage);
        // From the end backwards, so earlier offsets stay true.
        edits.stream().sorted(Comparator.comparingInt((Edit e) -> e.span().start()).reversed())
                .forEach(edit -> page.replace(edit.span().start(), edit.span().end(), edit.markup()));
        return page.toString();
    }

    private record Edit(SourceSpan span, String markup) {
    }

    /**
     * @param storage the page with the keys written in (the same string when nothing was written)
     * @param written the ids of the rows that got their key
     * @param skipped why some rows did not (their issue exists and is tracked all the same)
     */
    public record WriteBack(String storage, List<String> written, List<Warning> skipped) {
        public WriteBack {
            Objects.requireNonNull(storage, "storage");
            written = List.copyOf(written);
            skipped = List.copyOf(skipped);
        }

        public boolean changed() {
            return !written.isEmpty();
        }
    }
}
