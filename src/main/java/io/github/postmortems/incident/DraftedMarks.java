package io.github.postmortems.incident;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which rows still show the "From Jira" mark (issue 15, item 4): a row carrying the lozenge keeps it only while it
 * reads as it was drafted, its {@link RowPrint} among those remembered for the page; a row a person edited reads as
 * theirs. A page with nothing remembered (created before drafted rows were remembered, or whose creation event was
 * missed) shows its lozenges as written: the lozenge itself is then the only record.
 */
public final class DraftedMarks {

    private DraftedMarks() {
    }

    public static List<TimelineRow> timeline(List<TimelineRow> rows, Set<String> remembered) {
        if (remembered.isEmpty()) {
            return rows;
        }
        List<TimelineRow> shown = new ArrayList<>(rows.size());
        for (TimelineRow row : rows) {
            if (row instanceof TimelineRow.Entry read && read.entry().drafted()
                    && !remembered.contains(RowPrint.of(read.entry()))) {
                TimelineEntry entry = read.entry();
                shown.add(new TimelineRow.Entry(new TimelineEntry(entry.row(), entry.time(), entry.text(),
                        entry.richText(), entry.evidence(), entry.kind())));
            } else {
                shown.add(row);
            }
        }
        return shown;
    }

    public static List<CountermeasureRow> countermeasures(List<CountermeasureRow> rows, Set<String> remembered) {
        if (remembered.isEmpty()) {
            return rows;
        }
        List<CountermeasureRow> shown = new ArrayList<>(rows.size());
        for (CountermeasureRow row : rows) {
            Countermeasure read = row.countermeasure();
            if (read.drafted() && !remembered.contains(RowPrint.of(read))) {
                Countermeasure persons = new Countermeasure(read.row(), read.text(), read.owner(), read.due(),
                        read.priority(), read.type(), read.jiraKey(), read.ticked());
                shown.add(row.with(persons));
            } else {
                shown.add(row);
            }
        }
        return shown;
    }
}
