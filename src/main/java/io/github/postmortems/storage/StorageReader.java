package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.TimelineRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns Confluence storage format into the postmortem domain. Reads a whole page (for the index), or one macro's
 * body (for the macros, which Confluence hands their body already rendered to view HTML; both dialects are read).
 * Never throws for what people wrote: whatever cannot be read becomes a {@link Warning} naming its row and column.
 *
 * <p>Markup is parsed leniently as XML, which keeps {@code ac:}/{@code ri:} names without namespace declarations,
 * decodes HTML entities such as {@code &nbsp;}, and records where each element was written.
 */
public final class StorageReader {

    static final String NO_TABLE = "postmortems.storage.warning.no-table";
    static final String EXTRA_TABLE = "postmortems.storage.warning.extra-table";
    static final String DUPLICATE_MACRO = "postmortems.storage.warning.duplicate-macro";
    static final String TOO_LARGE = "postmortems.storage.warning.too-large";
    static final String TOO_MANY_ROWS = "postmortems.storage.warning.too-many-rows";
    static final String TASKS_OUTSIDE_TABLE = "postmortems.storage.warning.tasks-outside-table";

    /**
     * The most characters of markup one reading parses (about 8 MB of text, far beyond a page people write): what a
     * page, a body or a code block in it can make one view or one index run do is bounded, the rest is reported.
     */
    static final int MAX_MARKUP_CHARS = 8_000_000;

    private static final Set<String> MACROS = Set.of("ac:structured-macro", "ac:macro");
    private static final String CDATA_OPEN = "<![CDATA[";

    private final Labels labels;
    /** Whether readings that write nothing back take the flat path where it reads alike ({@link FlatTables}). */
    private final boolean flat;

    public StorageReader() {
        this(Labels.bundled());
    }

    StorageReader(Labels labels) {
        this(labels, true);
    }

    private StorageReader(Labels labels, boolean flat) {
        this.labels = labels;
        this.flat = flat;
    }

    /**
     * A reader that parses every reading into jsoup's tree, never taking the flat path: what the tests compare the
     * flat path with.
     */
    public static StorageReader treeOnly() {
        return new StorageReader(Labels.bundled(), false);
    }

    /** Reads the three postmortem macros of a page; the timeline's times default to the incident's zone and date. */
    public PageReading readPage(String storage, ReadingContext context) {
        return readPage(storage, context, Positions.TRACKED);
    }

    private PageReading readPage(String storage, ReadingContext context, Positions positions) {
        List<Warning> warnings = new ArrayList<>();
        Document document = parse(bounded(storage, Warning.Location.NOWHERE, warnings), positions).document();
        PageMacros page = PageMacros.of(document);
        ParsedSource source = new ParsedSource(storage, 0);

        Optional<Postmortem> details = Optional.empty();
        Optional<DetailsReading.IncidentDay> incidentDay = Optional.empty();
        Optional<Table> detailsTable = macroTable(page, source, MacroNames.DETAILS, positions, warnings);
        if (detailsTable.isPresent()) {
            DetailsReading reading = DetailsReader.read(detailsTable.get().grid(), context, labels);
            details = reading.postmortem();
            incidentDay = reading.incidentDay();
            warnings.addAll(reading.warnings());
        }
        ReadingContext timelineContext = incidentDay
                .map(day -> context.forIncident(day.zone(), day.date()))
                .orElse(context);

        List<TimelineRow> timeline = List.of();
        Optional<Table> timelineTable = macroTable(page, source, MacroNames.TIMELINE, positions, warnings);
        if (timelineTable.isPresent()) {
            TableReading<TimelineRow> reading = TimelineReader.read(timelineTable.get().grid(), timelineContext, labels);
            timeline = reading.rows();
            warnings.addAll(reading.warnings());
        }

        List<CountermeasureRow> countermeasures = List.of();
        Optional<Table> countermeasuresTable = macroTable(page, source, MacroNames.COUNTERMEASURES, positions,
                warnings);
        if (countermeasuresTable.isPresent()) {
            TableReading<CountermeasureRow> reading = countermeasures(countermeasuresTable.get());
            countermeasures = reading.rows();
            warnings.addAll(reading.warnings());
        }
        return new PageReading(details, timeline, countermeasures, warnings);
    }

    /**
     * The incident's times from the page's details, as {@link #readPageDetails} gives them in its postmortem (none
     * without a title, as there is no postmortem then): for a timeline, which shows nothing else of them.
     */
    public Optional<IncidentTimes> readPageIncidentTimes(String storage, ReadingContext context) {
        Optional<String> slice = MacroSlice.of(storage, MacroNames.DETAILS);
        if (slice.isEmpty()) {
            return Optional.empty();
        }
        Optional<TableGrid> flatGrid = flatDetails(slice.get());
        if (flatGrid.isPresent()) {
            return DetailsReader.incidentTimes(flatGrid.get(), context, labels);
        }
        return readPageDetails(storage, context).postmortem().flatMap(Postmortem::timesIfSet);
    }

    /**
     * The details of a whole page without reading the rest of it: only the postmortem-details macro's markup is
     * parsed, so a page with a long timeline costs no more than its details table.
     */
    public DetailsReading readPageDetails(String storage, ReadingContext context) {
        Optional<String> slice = MacroSlice.of(storage, MacroNames.DETAILS);
        if (slice.isEmpty()) {
            return new DetailsReading(Optional.empty(), List.of());
        }
        Optional<TableGrid> flatGrid = flatDetails(slice.get());
        if (flatGrid.isPresent()) {
            List<Warning> warnings = new ArrayList<>();
            DetailsReading reading = DetailsReader.read(checked(flatGrid.get(), MacroNames.DETAILS, warnings),
                    context, labels);
            warnings.addAll(reading.warnings());
            return new DetailsReading(reading.postmortem(), warnings);
        }
        PageReading page = readPage(slice.get(), context, Positions.UNTRACKED);
        return new DetailsReading(page.details(), page.warnings());
    }

    /** The details macro's table read flat from its slice of the page, when the slice is markup read so. */
    private Optional<TableGrid> flatDetails(String slice) {
        return flat && slice.length() <= MAX_MARKUP_CHARS ? FlatTables.ofMacro(slice, MacroNames.DETAILS)
                : Optional.empty();
    }

    /**
     * Where the content of the details table's Status value cell is written in the page, for the review's
     * write-back; empty without a details table, a Status row, or an end tag to anchor the edit on.
     */
    public Optional<SourceSpan> detailsStatusCell(String storage) {
        List<Warning> ignored = new ArrayList<>();
        Document page = parse(bounded(storage, Warning.Location.NOWHERE, ignored), Positions.TRACKED).document();
        return macroTable(PageMacros.of(page), new ParsedSource(storage, 0), MacroNames.DETAILS, Positions.TRACKED, ignored)
                .filter(table -> table.grid() != null)
                .flatMap(table -> DetailsReader.valueSpan(table.grid(), DetailsField.STATUS, labels));
    }

    /** Reads the body of a postmortem-details macro, in storage format or view HTML. */
    public DetailsReading readDetails(String body, ReadingContext context) {
        List<Warning> warnings = new ArrayList<>();
        Optional<Table> table = bodyTable(body, MacroNames.DETAILS, Positions.UNTRACKED, warnings);
        if (table.isEmpty()) {
            return new DetailsReading(Optional.empty(), warnings);
        }
        DetailsReading reading = DetailsReader.read(table.get().grid(), context, labels);
        warnings.addAll(reading.warnings());
        return new DetailsReading(reading.postmortem(), warnings);
    }

    /** Reads the body of an incident-timeline macro, in storage format or view HTML. */
    public TableReading<TimelineRow> readTimeline(String body, ReadingContext context) {
        return readTimeline(body, context, EventCells.NONE);
    }

    /** Reads the body of an incident-timeline macro, handing each row's event cell, as parsed, to {@code events}. */
    public TableReading<TimelineRow> readTimeline(String body, ReadingContext context, EventCells events) {
        Objects.requireNonNull(events, "events");
        List<Warning> warnings = new ArrayList<>();
        Optional<Table> table = bodyTable(body, MacroNames.TIMELINE, Positions.UNTRACKED, warnings);
        if (table.isEmpty()) {
            return TableReading.empty(warnings);
        }
        TableReading<TimelineRow> reading = TimelineReader.read(table.get().grid(), context, labels, events);
        warnings.addAll(reading.warnings());
        return new TableReading<>(reading.rows(), warnings);
    }

    /**
     * Reads the body of a countermeasures macro, in storage format or view HTML. Source spans are offsets into
     * {@code body}.
     */
    public TableReading<CountermeasureRow> readCountermeasures(String body, ReadingContext context) {
        Objects.requireNonNull(context, "context");
        List<Warning> warnings = new ArrayList<>();
        Optional<Table> table = bodyTable(body, MacroNames.COUNTERMEASURES, Positions.TRACKED, warnings);
        if (table.isEmpty()) {
            return TableReading.empty(warnings);
        }
        TableReading<CountermeasureRow> reading = countermeasures(table.get());
        warnings.addAll(reading.warnings());
        return new TableReading<>(reading.rows(), warnings);
    }

    /**
     * Reads the body of a countermeasures macro to show it: the same rows and warnings as
     * {@link #readCountermeasures}, without source spans (a view writes nothing back, and tracking positions makes
     * the parse about three times slower).
     */
    public TableReading<CountermeasureRow> readCountermeasuresToShow(String body, ReadingContext context) {
        Objects.requireNonNull(context, "context");
        List<Warning> warnings = new ArrayList<>();
        Optional<Table> table = bodyTable(body, MacroNames.COUNTERMEASURES, Positions.UNTRACKED, warnings);
        if (table.isEmpty()) {
            return TableReading.empty(warnings);
        }
        TableReading<CountermeasureRow> reading = countermeasures(table.get());
        warnings.addAll(reading.warnings());
        return new TableReading<>(reading.rows(), warnings);
    }

    private TableReading<CountermeasureRow> countermeasures(Table table) {
        return table.grid() == null ? CountermeasuresReader.read(table.tasks(), labels)
                : CountermeasuresReader.read(table.grid(), labels);
    }

    /** A macro's table; or, for countermeasures written as a task list without a table, the tasks (grid null). */
    private record Table(TableGrid grid, List<Task> tasks) {
        Table(TableGrid grid) {
            this(grid, List.of());
        }
    }

    /**
     * Whether the parser records where each element was written. Only readings that are written back (rows and
     * cells given as {@link SourceSpan}s) need it, and it makes parsing about three times slower; without it a cell's
     * rich text is its markup serialized again (same elements and attributes, entities possibly spelt differently).
     */
    private enum Positions {
        TRACKED,
        UNTRACKED
    }

    private Optional<Table> bodyTable(String body, String macroName, Positions positions, List<Warning> warnings) {
        if (flat && positions == Positions.UNTRACKED && body != null && body.length() <= MAX_MARKUP_CHARS) {
            Optional<TableGrid> grid = FlatTables.ofBody(body);
            if (grid.isPresent()) {
                return Optional.of(new Table(checked(grid.get(), macroName, warnings)));
            }
        }
        ParsedMarkup fragment = parse(bounded(body, Warning.Location.row(macroName, 0), warnings), positions);
        return firstTable(fragment.document(), fragment.shape(), new ParsedSource(body, 0), macroName, warnings);
    }

    /** The first macro of that name on the page and the table in its body; later ones are reported. */
    private Optional<Table> macroTable(PageMacros page, ParsedSource source, String macroName, Positions positions,
                                       List<Warning> warnings) {
        List<Element> macros = page.named(macroName);
        if (macros.isEmpty()) {
            return Optional.empty();
        }
        if (macros.size() > 1) {
            warnings.add(Warning.at(Warning.Location.row(macroName, 0), DUPLICATE_MACRO,
                    String.valueOf(macros.size())));
        }
        Element macro = macros.get(0);
        Element richBody = child(macro, "ac:rich-text-body");
        Element plainBody = child(macro, "ac:plain-text-body");
        if (richBody == null && plainBody != null) {
            return plainTextTable(plainBody, source, macroName, positions, warnings);
        }
        Element root = richBody == null ? macro : richBody;
        return firstTable(root, TableShape.outermost(root), source, macroName, warnings);
    }

    /**
     * The postmortem macros of a parsed page by name, in page order: found in one walk over the page for all three,
     * not in one walk each (a page of deeply nested markup is a long walk, and no cheaper for being repeated).
     */
    private record PageMacros(Map<String, List<Element>> byName) {

        private static final Set<String> NAMES = Set.of(MacroNames.DETAILS, MacroNames.TIMELINE,
                MacroNames.COUNTERMEASURES);

        static PageMacros of(Document page) {
            Map<String, List<Element>> byName = new HashMap<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element element && MACROS.contains(element.normalName())) {
                    String name = element.attr("ac:name");
                    if (NAMES.contains(name)) {
                        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
                    }
                }
            }, page);
            return new PageMacros(byName);
        }

        List<Element> named(String macroName) {
            return byName.getOrDefault(macroName, List.of());
        }
    }

    /** A body stored as CDATA is markup in a string: parse it on its own, keeping offsets into the page. */
    private Optional<Table> plainTextTable(Element plainBody, ParsedSource source, String macroName,
                                           Positions positions, List<Warning> warnings) {
        String text = plainBody.wholeText();
        int open = plainBody.sourceRange().isTracked() ? plainBody.sourceRange().end().pos() : -1;
        boolean cdata = plainBody.childNodes().stream().anyMatch(CDataNode.class::isInstance);
        int offset = open >= 0 && cdata && source.text().startsWith(CDATA_OPEN, open)
                ? source.offset() + open + CDATA_OPEN.length()
                : source.offset();
        ParsedMarkup body = parse(text, positions);
        return firstTable(body.document(), body.shape(), new ParsedSource(text, offset), macroName, warnings);
    }

    private Optional<Table> firstTable(Element root, TableShape shape, ParsedSource source, String macroName,
                                       List<Warning> warnings) {
        List<Element> tables = shape.tables();
        boolean tasksRead = macroName.equals(MacroNames.COUNTERMEASURES);
        if (tables.isEmpty()) {
            List<Task> tasks = tasksRead ? Task.in(root, source, false) : List.of();
            if (tasks.size() > TableGrid.MAX_ROWS) {
                warnings.add(Warning.at(Warning.Location.row(macroName, 0), TOO_MANY_ROWS,
                        String.valueOf(TableGrid.MAX_ROWS)));
                tasks = tasks.subList(0, TableGrid.MAX_ROWS);
            }
            if (!tasks.isEmpty()) {
                return Optional.of(new Table(null, tasks));
            }
            warnings.add(Warning.at(Warning.Location.row(macroName, 0), NO_TABLE));
            return Optional.empty();
        }
        if (tasksRead) {
            int outside = Task.in(root, source, true).size();
            if (outside > 0) {
                warnings.add(Warning.at(Warning.Location.row(macroName, 0), TASKS_OUTSIDE_TABLE,
                        String.valueOf(outside)));
            }
        }
        if (tables.size() > 1) {
            warnings.add(Warning.at(Warning.Location.row(macroName, 0), EXTRA_TABLE, String.valueOf(tables.size())));
        }
        Element table = tables.get(0);
        ParsedSource cells = table.sourceRange().isTracked() || !source.cellMarkup().isEmpty() ? source
                : CellScan.of(source.text(), shape.cellsOfFirstTable()).map(source::withCellMarkup).orElse(source);
        return Optional.of(new Table(checked(TableGrid.of(table, cells), macroName, warnings)));
    }

    /** The grid, with a warning when it left rows out. */
    private static TableGrid checked(TableGrid grid, String macroName, List<Warning> warnings) {
        if (grid.rowsLeftOut() > 0) {
            warnings.add(Warning.at(Warning.Location.row(macroName, 0), TOO_MANY_ROWS,
                    String.valueOf(TableGrid.MAX_ROWS)));
        }
        return grid;
    }

    /** The markup, or as much of it as one reading parses, with a warning saying so. */
    private static String bounded(String markup, Warning.Location where, List<Warning> warnings) {
        Objects.requireNonNull(markup, "markup");
        if (markup.length() <= MAX_MARKUP_CHARS) {
            return markup;
        }
        warnings.add(Warning.at(where, TOO_LARGE, String.valueOf(MAX_MARKUP_CHARS)));
        return markup.substring(0, MAX_MARKUP_CHARS);
    }

    private static Element child(Element parent, String name) {
        return parent.children().stream().filter(e -> e.normalName().equals(name)).findFirst().orElse(null);
    }

    /** A parsed document and the shape of its tables, found in the walk that chose the parser. */
    private record ParsedMarkup(Document document, TableShape shape) {
    }

    /**
     * Storage format is XHTML, so the XML parser reads it as written. Markup with rows or cells outside their parents
     * (end tags left out) is HTML at best; the HTML parser knows which end tags are implied there.
     */
    private static ParsedMarkup parse(String markup, Positions positions) {
        Objects.requireNonNull(markup, "markup");
        boolean track = positions == Positions.TRACKED;
        Document xml = Jsoup.parse(markup, "", Parser.xmlParser().setTrackPosition(track));
        Optional<TableShape> wellNested = TableShape.ifWellNested(xml);
        if (wellNested.isPresent()) {
            return new ParsedMarkup(xml, wellNested.get());
        }
        Document html = Jsoup.parse(markup, "", Parser.htmlParser().setTrackPosition(track));
        // Markup serialized again (a cell's rich text when positions are not tracked) keeps its white space as is.
        html.outputSettings().prettyPrint(false);
        return new ParsedMarkup(html, TableShape.of(html));
    }
}
