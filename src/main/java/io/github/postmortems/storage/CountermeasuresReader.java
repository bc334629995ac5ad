package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.CountermeasureType;
import io.github.postmortems.countermeasure.Priority;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.DateParser;
import io.github.postmortems.timeline.Parsed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a countermeasures table; a row without a countermeasure text is reported and left out. */
final class CountermeasuresReader {

    static final String MISSING_TEXT = "postmortems.countermeasure.warning.missing-text";
    static final String UNKNOWN_PRIORITY = "postmortems.countermeasure.warning.unknown-priority";
    static final String UNKNOWN_TYPE = "postmortems.countermeasure.warning.unknown-type";
    static final String SEVERAL_USERS = "postmortems.storage.warning.several-users";
    static final String NOT_AN_ISSUE = "postmortems.storage.warning.not-an-issue";

    private static final Map<String, CountermeasureType> TYPES = Arrays.stream(CountermeasureType.values())
            .collect(Collectors.toMap(CountermeasureType::i18nKey, Function.identity()));

    private final Labels labels;
    private final List<Warning> warnings = new ArrayList<>();

    private CountermeasuresReader(Labels labels) {
        this.labels = labels;
    }

    static TableReading<CountermeasureRow> read(TableGrid grid, Labels labels) {
        return new CountermeasuresReader(labels).read(grid);
    }

    private TableReading<CountermeasureRow> read(TableGrid grid) {
        ColumnLayout<CountermeasureColumn> layout =
                ColumnLayout.detect(grid, CountermeasureColumn.class, MacroNames.COUNTERMEASURES, labels, warnings);
        List<CountermeasureRow> rows = new ArrayList<>();
        for (int i = layout.firstDataRow(); i < grid.rows().size(); i++) {
            TableGrid.Row row = grid.rows().get(i);
            if (!row.isBlank()) {
                readRow(layout, row, layout.rowNumber(i)).ifPresent(rows::add);
            }
        }
        return new TableReading<>(rows, warnings);
    }

    private Optional<CountermeasureRow> readRow(ColumnLayout<CountermeasureColumn> layout, TableGrid.Row row,
                                                int number) {
        Cell text = layout.cell(row, CountermeasureColumn.TEXT);
        if (text.isBlank()) {
            warnings.add(at(number, CountermeasureColumn.TEXT, MISSING_TEXT));
            return Optional.empty();
        }
        Cell jira = layout.cell(row, CountermeasureColumn.JIRA);
        Countermeasure countermeasure = Countermeasure.parsed(number, text.text(),
                owner(layout.cell(row, CountermeasureColumn.OWNER), number),
                due(layout.cell(row, CountermeasureColumn.DUE), number),
                priority(layout.cell(row, CountermeasureColumn.PRIORITY), number),
                type(layout.cell(row, CountermeasureColumn.TYPE), number),
                issue(jira, number));
        SourceSpan jiraSpan = layout.has(CountermeasureColumn.JIRA) && jira.origin()
                ? jira.innerSpan().orElse(null)
                : null;
        return Optional.of(new CountermeasureRow(countermeasure, row.span().orElse(null), jiraSpan));
    }

    private UserRef owner(Cell cell, int number) {
        List<UserRef> users = cell.users();
        if (users.size() > 1) {
            warnings.add(at(number, CountermeasureColumn.OWNER, SEVERAL_USERS, cell.text()));
        }
        return users.isEmpty() ? null : users.get(0);
    }

    private LocalDate due(Cell cell, int number) {
        if (cell.isBlank()) {
            return null;
        }
        Parsed<LocalDate> date = DateParser.parseDate(cell.text());
        if (date instanceof Parsed.Unreadable<LocalDate> unreadable) {
            warnings.add(at(number, CountermeasureColumn.DUE, unreadable.reason(), cell.text()));
        } else if (date instanceof Parsed.Read<LocalDate> read && read.caveat() != null) {
            warnings.add(at(number, CountermeasureColumn.DUE, read.caveat(), cell.text()));
        }
        return date.value().orElse(null);
    }

    private Priority priority(Cell cell, int number) {
        if (cell.isBlank()) {
            return null;
        }
        Optional<Priority> priority = Priority.parse(cell.text());
        if (priority.isEmpty()) {
            warnings.add(at(number, CountermeasureColumn.PRIORITY, UNKNOWN_PRIORITY, cell.text()));
        }
        return priority.orElse(null);
    }

    private CountermeasureType type(Cell cell, int number) {
        if (cell.isBlank()) {
            return null;
        }
        Optional<String> key = labels.match(cell.text(), TYPES.keySet());
        if (key.isEmpty()) {
            warnings.add(at(number, CountermeasureColumn.TYPE, UNKNOWN_TYPE, cell.text()));
            return null;
        }
        return TYPES.get(key.get());
    }

    private IssueKey issue(Cell cell, int number) {
        if (cell.isBlank()) {
            return null;
        }
        Optional<IssueKey> key = cell.issueKey();
        if (key.isEmpty()) {
            warnings.add(at(number, CountermeasureColumn.JIRA, NOT_AN_ISSUE, cell.text()));
        }
        return key.orElse(null);
    }

    private static Warning at(int row, CountermeasureColumn column, String key, String... args) {
        return Warning.at(Warning.Location.cell(MacroNames.COUNTERMEASURES, row, column.key()), key, args);
    }
}
