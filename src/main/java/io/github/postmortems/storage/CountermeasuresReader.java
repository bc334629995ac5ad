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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a countermeasures table, or a task list written without one; a row without a countermeasure text is reported
 * and left out. A row across the table naming a type ("Prevent") types the rows below it; any other such row is a
 * section heading, reported and skipped. A Confluence task in the text cell is read as its body, done when ticked.
 */
final class CountermeasuresReader {

    static final String MISSING_TEXT = "postmortems.countermeasure.warning.missing-text";
    static final String UNKNOWN_PRIORITY = "postmortems.countermeasure.warning.unknown-priority";
    static final String UNKNOWN_TYPE = "postmortems.countermeasure.warning.unknown-type";
    static final String SEVERAL_USERS = "postmortems.storage.warning.several-users";
    static final String NOT_AN_ISSUE = "postmortems.storage.warning.not-an-issue";
    static final String SKIPPED_HEADING = "postmortems.countermeasure.warning.skipped-heading";
    static final String SEVERAL_TASKS = "postmortems.countermeasure.warning.several-tasks";

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

    /** Reads a task list written in the macro's body without a table: one countermeasure per task. */
    static TableReading<CountermeasureRow> read(List<Task> tasks, Labels labels) {
        return new CountermeasuresReader(labels).read(tasks);
    }

    private TableReading<CountermeasureRow> read(TableGrid grid) {
        ColumnLayout<CountermeasureColumn> layout =
                ColumnLayout.detect(grid, CountermeasureColumn.class, MacroNames.COUNTERMEASURES, labels, warnings);
        List<CountermeasureRow> rows = new ArrayList<>();
        CountermeasureType group = null;
        for (int i = layout.firstDataRow(); i < grid.rows().size(); i++) {
            TableGrid.Row row = grid.rows().get(i);
            int number = layout.rowNumber(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.isHeading()) {
                // "Prevent" across the table types the rows below it; any other heading is a section title.
                Optional<String> type = labels.match(row.headingText(), TYPES.keySet());
                if (type.isPresent()) {
                    group = TYPES.get(type.get());
                } else {
                    group = null; // a new section: the type above it no longer applies
                    warnings.add(Warning.at(Warning.Location.row(MacroNames.COUNTERMEASURES, number), SKIPPED_HEADING,
                            row.headingText()));
                }
                continue;
            }
            readRow(layout, row, number, group).ifPresent(rows::add);
        }
        return new TableReading<>(rows, warnings);
    }

    private TableReading<CountermeasureRow> read(List<Task> tasks) {
        List<CountermeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            int number = i + 1;
            String text = taskText(task, true, true);
            if (text.isEmpty()) {
                warnings.add(at(number, CountermeasureColumn.TEXT, MISSING_TEXT));
                continue;
            }
            // Without columns, the task's mention is its owner and its date its due date.
            Countermeasure countermeasure = Countermeasure.parsed(number, text, task.mention().orElse(null),
                    task.date().isPresent() ? taskDate(task, number) : null, null, null, task.issue().orElse(null));
            rows.add(new CountermeasureRow(task.complete() ? countermeasure.asTicked() : countermeasure,
                    task.span().orElse(null), null, task.bodyEnd().orElse(null)));
        }
        return new TableReading<>(rows, warnings);
    }

    private Optional<CountermeasureRow> readRow(ColumnLayout<CountermeasureColumn> layout, TableGrid.Row row,
                                                int number, CountermeasureType group) {
        Cell text = layout.cell(row, CountermeasureColumn.TEXT);
        if (text.isBlank()) {
            warnings.add(at(number, CountermeasureColumn.TEXT, MISSING_TEXT));
            return Optional.empty();
        }
        List<Task> tasks = text.tasks();
        if (tasks.size() > 1) {
            warnings.add(at(number, CountermeasureColumn.TEXT, SEVERAL_TASKS, String.valueOf(tasks.size())));
        }
        Task task = tasks.size() == 1 ? tasks.get(0) : null;
        boolean ticked = task != null && task.complete();
        if (task != null && !text.textBeside(task).isEmpty()) {
            task = null; // words around the task belong to the countermeasure too: the cell is read as a whole
        }
        Cell ownerCell = layout.cell(row, CountermeasureColumn.OWNER);
        Cell dueCell = layout.cell(row, CountermeasureColumn.DUE);
        Cell typeCell = layout.cell(row, CountermeasureColumn.TYPE);
        Cell jira = layout.cell(row, CountermeasureColumn.JIRA);
        // The columns say who and when; a task's mention and date only fill in an absent or blank Owner or Due.
        boolean ownerFromTask = task != null && ownerCell.isBlank() && task.mention().isPresent();
        boolean dueFromTask = task != null && dueCell.isBlank() && task.date().isPresent();
        String said = task == null ? text.text() : taskText(task, ownerFromTask, dueFromTask);
        if (said.isEmpty()) {
            warnings.add(at(number, CountermeasureColumn.TEXT, MISSING_TEXT));
            return Optional.empty();
        }
        IssueKey key = issue(jira, number);
        Countermeasure countermeasure = Countermeasure.parsed(number, said,
                ownerFromTask ? task.mention().get() : owner(ownerCell, number),
                dueFromTask ? taskDate(task, number) : due(dueCell, number),
                priority(layout.cell(row, CountermeasureColumn.PRIORITY), number),
                typeCell.isBlank() ? group : type(typeCell, number),
                key == null && jira.isBlank() && task != null ? task.issue().orElse(null) : key);
        if (ticked) {
            countermeasure = countermeasure.asTicked();
        }
        if (text.drafted()) {
            countermeasure = countermeasure.asDrafted();
        }
        SourceSpan jiraSpan = layout.has(CountermeasureColumn.JIRA) && jira.origin()
                ? jira.innerSpan().orElse(null)
                : null;
        SourceSpan taskEnd = task == null ? null : task.bodyEnd().orElse(null);
        Map<CountermeasureColumn, SourceSpan> spans = new EnumMap<>(CountermeasureColumn.class);
        for (CountermeasureColumn column : List.of(CountermeasureColumn.OWNER, CountermeasureColumn.DUE,
                CountermeasureColumn.STATUS)) {
            Cell cell = layout.cell(row, column);
            if (layout.has(column) && cell.origin()) {
                cell.innerSpan().ifPresent(span -> spans.put(column, span));
            }
        }
        if (jiraSpan != null) {
            spans.put(CountermeasureColumn.JIRA, jiraSpan);
        }
        Cell status = layout.cell(row, CountermeasureColumn.STATUS);
        return Optional.of(new CountermeasureRow(countermeasure, row.span().orElse(null), jiraSpan, taskEnd, spans,
                status.isBlank() ? null : StatusCell.read(status, number, labels, warnings).orElse(null)));
    }

    private static String taskText(Task task, boolean withoutMention, boolean withoutDate) {
        String text = task.text(withoutMention, withoutDate);
        return text.isEmpty() && (withoutMention || withoutDate) ? task.text(false, false) : text;
    }

    /** A task's date picker value: Confluence writes ISO dates, so anything else is reported, not guessed. */
    private LocalDate taskDate(Task task, int number) {
        String typed = task.date().orElse("");
        Parsed<LocalDate> date = DateParser.parseDate(typed);
        if (date instanceof Parsed.Unreadable<LocalDate> unreadable) {
            warnings.add(at(number, CountermeasureColumn.DUE, unreadable.reason(), typed));
        }
        return date.value().orElse(null);
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
