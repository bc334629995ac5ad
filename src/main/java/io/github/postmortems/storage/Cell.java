package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a table, in either dialect a macro body arrives in: storage format ({@code ri:user}, the {@code jira}
 * macro) or the view HTML Confluence renders it to ({@code a.confluence-userlink}, {@code span[data-jira-key]}).
 * A position that a rowspan covers repeats the cell above (an owner merged over two rows owns both); a position that
 * a colspan covers is blank, because a wide cell is one value (an event written across the evidence and kind columns
 * is still just the event). Both share the spanning cell's element, so headings spanning a row can be told apart.
 */
final class Cell {

    private static final Set<String> SKIPPED = Set.of("ac:parameter", "ac:placeholder", "script", "style");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "ac:task", "ac:rich-text-body",
            "ac:plain-text-body");
    private static final Set<String> MACROS = Set.of("ac:structured-macro", "ac:macro");
    private static final Set<String> JIRA_MACROS = Set.of("jira", "jiraissues");
    private static final Pattern PERSONAL_SPACE = Pattern.compile("/display/~([^/?#]+)");
    private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    /** How a grid position relates to the {@code td} or {@code th} that fills it. */
    enum Placement {
        OWN,
        ROW_SPAN,
        COLUMN_SPAN
    }

    private final Element spanning;
    private final Element element;
    private final Placement placement;
    private final ParsedSource source;
    /** The text, worked out on first use: readers ask a cell for it several times (blank? which kind? a link?). */
    private String text;

    Cell(Element spanning, Placement placement, ParsedSource source) {
        this.spanning = spanning;
        this.element = placement == Placement.COLUMN_SPAN ? null : spanning;
        this.placement = placement;
        this.source = source;
    }

    /** A cell the row does not have (a short row in a broken table). */
    static Cell missing(ParsedSource source) {
        return new Cell(null, Placement.OWN, source);
    }

    /** Whether this position is where its cell was written (not a copy made by a span). */
    boolean origin() {
        return placement == Placement.OWN && spanning != null;
    }

    boolean sameElementAs(Cell other) {
        return spanning != null && spanning == other.spanning;
    }

    boolean isHeader() {
        return spanning != null && spanning.normalName().equals("th");
    }

    boolean isBlank() {
        return text().isEmpty();
    }

    /** The text a reader sees: mentions as user names or keys, Jira issues as their keys, dates as ISO values. */
    String text() {
        if (text == null) {
            text = element == null ? "" : readText(element);
        }
        return text;
    }

    private static String readText(Element element) {
        StringBuilder text = new StringBuilder();
        appendText(element, text);
        return Text.squash(text.toString());
    }

    /** Users mentioned in the cell, in order; a cell with a typed name and no mention gives that name. */
    List<UserRef> users() {
        if (element == null) {
            return List.of();
        }
        List<UserRef> users = new ArrayList<>();
        for (Element e : element.getAllElements()) {
            mentionedUser(e).ifPresent(users::add);
        }
        if (users.isEmpty() && !isBlank()) {
            users.add(new UserRef.Named(text()));
        }
        return List.copyOf(users);
    }

    /** The Jira issue the cell names: a jira macro, a rendered issue, a browse link, or a key typed as text. */
    Optional<IssueKey> issueKey() {
        if (element == null) {
            return Optional.empty();
        }
        for (Element e : element.getAllElements()) {
            Optional<IssueKey> key = linkedIssue(e);
            if (key.isPresent()) {
                return key;
            }
        }
        return IssueKey.find(text());
    }

    /** The first link target in the cell, or a URL typed as text. */
    Optional<String> link() {
        if (element == null) {
            return Optional.empty();
        }
        for (Element e : element.getAllElements()) {
            if (e.normalName().equals("a") && !e.attr("href").isBlank() && mentionedUser(e).isEmpty()) {
                return Optional.of(e.attr("href").strip());
            }
            if (e.normalName().equals("ri:url") && !e.attr("ri:value").isBlank()) {
                return Optional.of(e.attr("ri:value").strip());
            }
        }
        Matcher url = URL.matcher(text());
        return url.find() ? Optional.of(url.group()) : Optional.empty();
    }

    /**
     * The cell's own markup, so links, mentions and code survive: as written in the source when the parser tracked
     * positions and the cell has its end tag, else serialized again from the parsed cell.
     */
    String innerMarkup() {
        if (element == null) {
            return "";
        }
        return Optional.ofNullable(source.cellMarkup().get(element)).or(this::innerRange)
                .map(range -> source.text().substring(range.start(), range.end()))
                .orElseGet(element::html);
    }

    /** Where the cell's content sits in the page string, when the parser could tell. */
    Optional<SourceSpan> innerSpan() {
        return innerRange().map(range -> range.shiftedBy(source.offset()));
    }

    private Optional<SourceSpan> innerRange() {
        if (element == null) {
            return Optional.empty();
        }
        Range open = element.sourceRange();
        Range close = element.endSourceRange();
        if (!open.isTracked() || !close.isTracked() || close.start().pos() < open.end().pos()
                || close.start().pos() == close.end().pos()) {
            return Optional.empty(); // implicitly closed (broken markup): no end tag to anchor an edit on
        }
        return Optional.of(new SourceSpan(open.end().pos(), close.start().pos()));
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node instanceof CDataNode cdata) {
            text.append(cdata.getWholeText());
            return;
        }
        if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText());
            return;
        }
        if (!(node instanceof Element e) || SKIPPED.contains(e.normalName())) {
            return;
        }
        Optional<String> atomic = atomicText(e);
        if (atomic.isPresent()) {
            text.append(' ').append(atomic.get()).append(' ');
            return;
        }
        boolean block = BLOCKS.contains(e.normalName());
        if (block) {
            text.append(' ');
        }
        // By index: childNodes() hands out a copy of the list, for every element of every cell.
        for (int i = 0; i < e.childNodeSize(); i++) {
            appendText(e.childNode(i), text);
        }
        if (block) {
            text.append(' ');
        }
    }

    /** Elements that read as one value rather than as their children's text. */
    private static Optional<String> atomicText(Element e) {
        String name = e.normalName();
        if (name.equals("time") && e.hasAttr("datetime")) {
            return Optional.of(e.attr("datetime"));
        }
        if (name.equals("ri:user")) {
            return mentionedUser(e).map(UserRef::fallbackText);
        }
        if (name.equals("ac:link") && !e.getElementsByTag("ri:user").isEmpty()
                && e.getElementsByTag("ac:link-body").isEmpty()
                && e.getElementsByTag("ac:plain-text-link-body").isEmpty()) {
            return mentionedUser(e.getElementsByTag("ri:user").first()).map(UserRef::fallbackText);
        }
        if (isJiraMacro(e) || e.hasAttr("data-jira-key") || e.hasAttr("jira-key")) {
            return linkedIssue(e).map(IssueKey::toString);
        }
        return Optional.empty();
    }

    private static Optional<UserRef> mentionedUser(Element e) {
        if (e == null) {
            return Optional.empty();
        }
        if (e.normalName().equals("ri:user")) {
            if (!e.attr("ri:userkey").isBlank()) {
                return Optional.of(new UserRef.ByKey(e.attr("ri:userkey")));
            }
            if (!e.attr("ri:username").isBlank()) {
                return Optional.of(new UserRef.ByUsername(e.attr("ri:username")));
            }
            return Optional.empty();
        }
        boolean mention = e.hasClass("confluence-userlink") || e.hasClass("user-mention")
                || e.hasAttr("data-username") || e.hasAttr("data-user-key");
        if (!mention) {
            return Optional.empty();
        }
        if (!e.attr("data-user-key").isBlank()) {
            return Optional.of(new UserRef.ByKey(e.attr("data-user-key")));
        }
        if (!e.attr("data-username").isBlank()) {
            return Optional.of(new UserRef.ByUsername(e.attr("data-username")));
        }
        Matcher space = PERSONAL_SPACE.matcher(e.attr("href"));
        if (space.find()) {
            return Optional.of(new UserRef.ByUsername(URLDecoder.decode(space.group(1), StandardCharsets.UTF_8)));
        }
        return Text.isBlank(e.text()) ? Optional.empty() : Optional.of(new UserRef.Named(e.text()));
    }

    private static Optional<IssueKey> linkedIssue(Element e) {
        if (isJiraMacro(e)) {
            for (Element parameter : e.getElementsByTag("ac:parameter")) {
                if (parameter.attr("ac:name").equals("key")) {
                    return IssueKey.parse(parameter.text());
                }
            }
            return Optional.empty();
        }
        if (e.hasAttr("data-jira-key")) {
            return IssueKey.parse(e.attr("data-jira-key"));
        }
        if (e.hasAttr("jira-key")) {
            return IssueKey.parse(e.attr("jira-key"));
        }
        if (e.normalName().equals("a") && e.attr("href").contains("/browse/")) {
            return IssueKey.find(e.attr("href").substring(e.attr("href").indexOf("/browse/")));
        }
        return Optional.empty();
    }

    private static boolean isJiraMacro(Element e) {
        return MACROS.contains(e.normalName()) && JIRA_MACROS.contains(e.attr("ac:name"));
    }
}
