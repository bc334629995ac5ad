package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.timeline.Evidence;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell read from jsoup's tree: one cell of a table, in either dialect a macro body arrives in: storage format ({@code ri:user}, the {@code jira}
 * macro) or the view HTML Confluence renders it to ({@code a.confluence-userlink}, {@code span[data-jira-key]}).
 * A position that a rowspan covers repeats the cell above (an owner merged over two rows owns both); a position that
 * a colspan covers is blank, because a wide cell is one value (an event written across the evidence and kind columns
 * is still just the event). Both share the spanning cell's element, so headings spanning a row can be told apart.
 */
final class DomCell extends Cell {

    // A task's id and status are data, not words of its text (see Task).
    private static final Set<String> SKIPPED = Set.of("ac:parameter", "ac:placeholder", "script", "style",
            "ac:task-id", "ac:task-status");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "ac:task", "ac:rich-text-body",
            "ac:plain-text-body");
    private static final Set<String> MACROS = Set.of("ac:structured-macro", "ac:macro");
    private static final Set<String> JIRA_MACROS = Set.of("jira", "jiraissues");
    private static final Pattern PERSONAL_SPACE = Pattern.compile("/display/~([^/?#]+)");

    private final Element spanning;
    private final Element element;
    private final Placement placement;
    private final ParsedSource source;

    DomCell(Element spanning, Placement placement, ParsedSource source) {
        this.spanning = spanning;
        this.element = placement == Placement.COLUMN_SPAN ? null : spanning;
        this.placement = placement;
        this.source = source;
    }

    /** A cell the row does not have (a short row in a broken table). */
    static DomCell missing(ParsedSource source) {
        return new DomCell(null, Placement.OWN, source);
    }

    @Override
    void showEvent(EventCells events, int row, String markup) {
        if (element != null) {
            events.read(row, element, markup);
        }
    }

    /** Whether this position is where its cell was written (not a copy made by a span). */
    @Override
    boolean origin() {
        return placement == Placement.OWN && spanning != null;
    }

    @Override
    boolean sameElementAs(Cell other) {
        return spanning != null && other instanceof DomCell dom && spanning == dom.spanning;
    }

    @Override
    boolean isHeader() {
        return spanning != null && spanning.normalName().equals("th");
    }

    @Override
    String readText() {
        return element == null ? "" : textWithout(element, Set.of());
    }

    /** The text of {@code element} as a cell reads it, leaving out the elements in {@code leftOut} (by identity). */
    static String textWithout(Element element, Set<Element> leftOut) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new TextFilter(text, leftOut), element);
        return Text.squash(text.toString());
    }

    /**
     * Whether the cell carries the "From Jira" lozenge of a row drafted from the incident (issue 15): Confluence's
     * status macro titled so in some bundled language, in storage format or as Confluence renders it. The lozenge is
     * not part of the cell's text.
     */
    @Override
    boolean drafted() {
        if (element == null) {
            return false;
        }
        for (Element e : element.getAllElements()) {
            if (isDraftedMark(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDraftedMark(Element e) {
        String name = e.normalName();
        if (MACROS.contains(name) && e.attr("ac:name").equals("status")) {
            return draftedTitle(parameter(e, "title"));
        }
        // A rendered lozenge holds its title as text only: reading the text of spans that hold elements would read a
        // crafted nest of them once per level.
        return name.equals("span") && e.childrenSize() == 0 && e.hasClass("status-macro") && draftedTitle(e.text());
    }

    /** The Confluence tasks written in the cell, in order. */
    @Override
    List<Task> tasks() {
        return element == null ? List.of() : Task.in(element, source, false);
    }

    /** What the cell says besides {@code task}: words written around it. */
    @Override
    String textBeside(Task task) {
        return element == null ? "" : textWithout(element, Set.of(task.element()));
    }

    /** Users mentioned in the cell, in order; a cell with a typed name and no mention gives that name. */
    @Override
    List<UserRef> users() {
        if (element == null) {
            return List.of();
        }
        List<UserRef> users = new ArrayList<>();
        // A mention is one user whatever it holds: its inside is not searched again, so nesting costs no more.
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && isMention(e)) {
                mentionedUser(e).ifPresent(users::add);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, element);
        if (users.isEmpty() && !isBlank()) {
            users.add(new UserRef.Named(text()));
        }
        return List.copyOf(users);
    }

    /** The Jira issue the cell names: a jira macro, a rendered issue, a browse link, or a key typed as text. */
    @Override
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
    @Override
    Optional<String> link() {
        if (element == null) {
            return Optional.empty();
        }
        String[] found = new String[1];
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof Element e)) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            boolean link = e.normalName().equals("a") && !e.attr("href").isBlank();
            if (isMention(e) && (!link || mentionedUser(e).isPresent())) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY; // a person, not a link; its inside is that person
            }
            if (link) {
                found[0] = e.attr("href").strip();
            } else if (e.normalName().equals("ri:url") && !e.attr("ri:value").isBlank()) {
                found[0] = e.attr("ri:value").strip();
            } else if (e.normalName().equals("img") && !e.attr("src").isBlank()) {
                found[0] = e.attr("src").strip(); // an image Confluence rendered from an attachment or a URL
            }
            return found[0] == null ? NodeFilter.FilterResult.CONTINUE : NodeFilter.FilterResult.STOP;
        }, element);
        if (found[0] != null) {
            return Optional.of(found[0]);
        }
        return typedUrl();
    }

    /**
     * The page or attachment the cell links to or shows in storage format ({@code ac:link} to {@code ri:page} or
     * {@code ri:attachment}, {@code ac:image} of an attachment), when it names one before any web address.
     */
    @Override
    Optional<Evidence> linkedContent() {
        if (element == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Optional<Evidence>[] found = new Optional[] {Optional.empty()};
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof Element e)) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (name.equals("ac:link") || name.equals("ac:image")) {
                Optional<Evidence> content = content(e);
                if (content.isPresent()) {
                    found[0] = content;
                    return NodeFilter.FilterResult.STOP;
                }
                return NodeFilter.FilterResult.SKIP_ENTIRELY; // a mention, or a link to something we do not follow
            }
            boolean web = name.equals("a") && !e.attr("href").isBlank()
                    || name.equals("ri:url") || name.equals("img") && !e.attr("src").isBlank();
            return web ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, element);
        return found[0];
    }

    /** What an {@code ac:link} or {@code ac:image} names, judged by its own children. */
    private static Optional<Evidence> content(Element linkOrImage) {
        Element page = child(linkOrImage, "ri:page");
        if (page != null && linkOrImage.normalName().equals("ac:link")) {
            return page(page).map(Evidence.class::cast);
        }
        Element attachment = child(linkOrImage, "ri:attachment");
        if (attachment == null || Text.isBlank(attachment.attr("ri:filename"))) {
            return Optional.empty();
        }
        Element owner = child(attachment, "ri:page");
        return Optional.of(new Evidence.Attachment(Text.squash(attachment.attr("ri:filename")),
                owner == null ? null : page(owner).orElse(null)));
    }

    private static Optional<Evidence.Page> page(Element riPage) {
        String title = Text.squash(riPage.attr("ri:content-title"));
        return title.isEmpty() ? Optional.empty()
                : Optional.of(new Evidence.Page(Text.squash(riPage.attr("ri:space-key")), title));
    }

    /**
     * The cell's own markup, so links, mentions and code survive: as written in the source when the parser tracked
     * positions and the cell has its end tag, else serialized again from the parsed cell.
     */
    @Override
    String innerMarkup() {
        if (element == null) {
            return "";
        }
        return Optional.ofNullable(source.cellMarkup().get(element)).or(this::innerRange)
                .map(range -> source.text().substring(range.start(), range.end()))
                .orElseGet(element::html);
    }

    /** Where the cell's content sits in the page string, when the parser could tell. */
    @Override
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

    /**
     * The text of a cell, one walk with an explicit stack (jsoup's traversor): a cell nesting 50,000 elements is as
     * easy to read as a flat one, where recursion would overflow the thread's stack.
     */
    private static final class TextFilter implements NodeFilter {
        private final StringBuilder text;
        private final Set<Element> leftOut;

        TextFilter(StringBuilder text, Set<Element> leftOut) {
            this.text = text;
            this.leftOut = leftOut;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) { // CDATA included: CDataNode is a TextNode
                text.append(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || SKIPPED.contains(e.normalName()) || leftOut.contains(e)
                    || isDraftedMark(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            Optional<String> atomic = atomicText(e);
            if (atomic.isPresent()) {
                text.append(' ').append(atomic.get()).append(' ');
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(e.normalName())) {
                text.append(' ');
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                text.append(' ');
            }
            return FilterResult.CONTINUE;
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
        // Only children, as storage format writes them: searching each link's whole inside again is quadratic.
        if (name.equals("ac:link") && child(e, "ri:user") != null && child(e, "ac:link-body") == null
                && child(e, "ac:plain-text-link-body") == null) {
            return mentionedUser(child(e, "ri:user")).map(UserRef::fallbackText);
        }
        // A link to a page or file with no text of its own reads as the page's title or the file's name, as shown.
        if (name.equals("ac:link") && child(e, "ac:link-body") == null && child(e, "ac:plain-text-link-body") == null) {
            Optional<Evidence> content = content(e);
            if (content.isPresent()) {
                return content.map(Evidence::name);
            }
            Element post = child(e, "ri:blog-post"); // not followed as evidence, but its title is what the reader saw
            if (post != null && !Text.isBlank(post.attr("ri:content-title"))) {
                return Optional.of(post.attr("ri:content-title"));
            }
            Element space = child(e, "ri:space"); // a link to a whole space reads as its key, as the editor shows it
            if (space != null && !Text.isBlank(space.attr("ri:space-key"))) {
                return Optional.of(space.attr("ri:space-key"));
            }
        }
        if (isJiraMacro(e) || e.hasAttr("data-jira-key") || e.hasAttr("jira-key")) {
            return linkedIssue(e).map(IssueKey::toString);
        }
        // Confluence's Status macro says what it says in its title parameter (status, severity, kind, priority, type).
        if (MACROS.contains(name) && e.attr("ac:name").equals("status")) {
            return Optional.of(parameter(e, "title"));
        }
        return Optional.empty();
    }

    static Optional<UserRef> mentionedUser(Element e) {
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
        if (!isMention(e)) {
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

    /** A user mention in either dialect, judged by its own name and attributes only. */
    static boolean isMention(Element e) {
        return e.normalName().equals("ri:user") || e.hasClass("confluence-userlink") || e.hasClass("user-mention")
                || e.hasAttr("data-username") || e.hasAttr("data-user-key");
    }

    static Optional<IssueKey> linkedIssue(Element e) {
        if (isJiraMacro(e)) {
            // The key parameter's own text, a child of the macro: nested macros would make a deeper search quadratic.
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (e.childNode(i) instanceof Element parameter && parameter.normalName().equals("ac:parameter")
                        && parameter.attr("ac:name").equals("key")) {
                    return IssueKey.parse(Text.squash(parameter.wholeOwnText()));
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

    /** A macro's own parameter (a direct child), as text; "" when it has none. */
    private static String parameter(Element macro, String parameterName) {
        for (int i = 0; i < macro.childNodeSize(); i++) {
            if (macro.childNode(i) instanceof Element parameter && parameter.normalName().equals("ac:parameter")
                    && parameter.attr("ac:name").equals(parameterName)) {
                return parameter.text();
            }
        }
        return "";
    }

    private static Element child(Element parent, String name) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element child && child.normalName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static boolean isJiraMacro(Element e) {
        return MACROS.contains(e.normalName()) && JIRA_MACROS.contains(e.attr("ac:name"));
    }
}
