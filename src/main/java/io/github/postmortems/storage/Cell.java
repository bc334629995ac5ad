package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.timeline.Evidence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a table as the readers see it, in either dialect a macro body arrives in: storage format
 * ({@code ri:user}, the {@code jira} macro) or the view HTML Confluence renders it to ({@code a.confluence-userlink},
 * {@code span[data-jira-key]}). A position that a rowspan covers repeats the cell above (an owner merged over two rows
 * owns both); a position that a colspan covers is blank, because a wide cell is one value. Read from jsoup's tree
 * ({@link DomCell}) or, for the plain well-formed markup Confluence writes, from one flat pass ({@link FlatCell}); both
 * answer alike, which {@code FlatReadingTest} checks.
 */
abstract sealed class Cell permits DomCell, FlatCell {

    /** The lozenge's title key (see {@code io.github.postmortems.blueprint.DraftedRows#MARK_KEY}). */
    static final List<String> DRAFTED_MARK = List.of("postmortems.timeline.drafted.mark");
    private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    /** How a grid position relates to the {@code td} or {@code th} that fills it. */
    enum Placement {
        OWN,
        ROW_SPAN,
        COLUMN_SPAN
    }

    /** The text, worked out on first use: readers ask a cell for it several times (blank? which kind? a link?). */
    private String text;

    /** A cell the row does not have (a short row in a broken table). */
    static Cell missing(ParsedSource source) {
        return DomCell.missing(source);
    }

    /** Whether this position is where its cell was written (not a copy made by a span). */
    abstract boolean origin();

    /** Whether both positions read the same written cell (a span), so headings spanning a row can be told apart. */
    abstract boolean sameElementAs(Cell other);

    abstract boolean isHeader();

    final boolean isBlank() {
        return text().isEmpty();
    }

    /** The text a reader sees: mentions as user names or keys, Jira issues as their keys, dates as ISO values. */
    final String text() {
        if (text == null) {
            text = readText();
        }
        return text;
    }

    abstract String readText();

    /**
     * Whether the cell carries the "From Jira" lozenge of a row drafted from the incident (issue 15): Confluence's
     * status macro titled so in some bundled language, in storage format or as Confluence renders it. The lozenge is
     * not part of the cell's text.
     */
    abstract boolean drafted();

    /** The Confluence tasks written in the cell, in order. */
    abstract List<Task> tasks();

    /** What the cell says besides {@code task}: words written around it. */
    abstract String textBeside(Task task);

    /** Users mentioned in the cell, in order; a cell with a typed name and no mention gives that name. */
    abstract List<UserRef> users();

    /** The Jira issue the cell names: a jira macro, a rendered issue, a browse link, or a key typed as text. */
    abstract Optional<IssueKey> issueKey();

    /** The first link target in the cell, or a URL typed as text. */
    abstract Optional<String> link();

    /**
     * The page or attachment the cell links to or shows in storage format ({@code ac:link} to {@code ri:page} or
     * {@code ri:attachment}, {@code ac:image} of an attachment), when it names one before any web address.
     */
    abstract Optional<Evidence> linkedContent();

    /** The cell's own markup, so links, mentions and code survive. */
    abstract String innerMarkup();

    /** Where the cell's content sits in the page string, when the parser could tell. */
    abstract Optional<SourceSpan> innerSpan();

    /** Hands the cell, as read, to a view that shows it as an event's text (see {@link EventCells}). */
    abstract void showEvent(EventCells events, int row, String markup);

    /** A web address typed as text, for a cell without a link element. */
    final Optional<String> typedUrl() {
        Matcher url = URL.matcher(text());
        return url.find() ? Optional.of(url.group()) : Optional.empty();
    }

    static boolean draftedTitle(String title) {
        return title.length() < 60 && Labels.bundled().match(title, DRAFTED_MARK).isPresent();
    }
}
