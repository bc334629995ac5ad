package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Confluence task (a checkbox item) written as a countermeasure, in either dialect: storage format's
 * {@code ac:task} with {@code ac:task-id}, {@code ac:task-status} and {@code ac:task-body}, or view HTML's
 * {@code li[data-inline-task-id]} ({@code class="checked"} when done). Its body is the countermeasure's text; the first
 * mention, date and Jira issue in it can be the owner, the due date and the key.
 */
final class Task {

    private static final String CHECKED = "checked";

    private final Element task;
    private final Element body;
    private final ParsedSource source;
    private final Element mention;
    private final Element date;
    private final Element issue;
    /** Task lists nested in this one: their tasks are read on their own, not as words of this one. */
    private final List<Element> nested;

    private Task(Element task, Element body, ParsedSource source) {
        this.task = task;
        this.body = body;
        this.source = source;
        Element[] found = new Element[3];
        List<Element> lists = new ArrayList<>();
        if (body != null) {
            NodeTraversor.filter((node, depth) -> {
                if (!(node instanceof Element e) || e == body) {
                    return NodeFilter.FilterResult.CONTINUE;
                }
                if (isTaskList(e) || isTask(e)) {
                    lists.add(e);
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (mentionElement(e)) {
                    found[0] = found[0] == null ? e : found[0];
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("time") && e.hasAttr("datetime")) {
                    found[1] = found[1] == null ? e : found[1];
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (DomCell.linkedIssue(e).isPresent()) {
                    found[2] = found[2] == null ? e : found[2];
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                return NodeFilter.FilterResult.CONTINUE;
            }, body);
        }
        this.mention = found[0];
        this.date = found[1];
        this.issue = found[2];
        this.nested = List.copyOf(lists);
    }

    /** The tasks under {@code root} in document order; with {@code outsideTables}, none inside a table. */
    static List<Task> in(Element root, ParsedSource source, boolean outsideTables) {
        List<Task> tasks = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof Element e)) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            if (outsideTables && e.normalName().equals("table")) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (isTask(e)) {
                tasks.add(new Task(e, body(e), source));
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        return tasks;
    }

    private static boolean isTask(Element e) {
        return e.normalName().equals("ac:task") || e.normalName().equals("li") && e.hasAttr("data-inline-task-id");
    }

    private static boolean isTaskList(Element e) {
        return e.normalName().equals("ac:task-list") || e.hasClass("inline-task-list");
    }

    private static Element body(Element task) {
        if (!task.normalName().equals("ac:task")) {
            return task; // view HTML: the list item holds the body itself
        }
        return child(task, "ac:task-body");
    }

    /** A mention as a whole: storage format's {@code ac:link} around the {@code ri:user}, or the rendered link. */
    private static boolean mentionElement(Element e) {
        if (e.normalName().equals("ac:link")) {
            Element user = child(e, "ri:user");
            return user != null && DomCell.mentionedUser(user).isPresent();
        }
        return DomCell.isMention(e) && DomCell.mentionedUser(e).isPresent();
    }

    Element element() {
        return task;
    }

    boolean complete() {
        if (task.normalName().equals("ac:task")) {
            Element status = child(task, "ac:task-status");
            return status != null && status.text().strip().equalsIgnoreCase("complete");
        }
        return task.hasClass(CHECKED);
    }

    /** The first person mentioned in the body. */
    Optional<UserRef> mention() {
        if (mention == null) {
            return Optional.empty();
        }
        Element user = mention.normalName().equals("ac:link") ? child(mention, "ri:user") : mention;
        return DomCell.mentionedUser(user);
    }

    /** The first date picked in the body, as its {@code datetime} attribute says it. */
    Optional<String> date() {
        return date == null ? Optional.empty() : Optional.of(date.attr("datetime").strip());
    }

    /** The first Jira issue in the body: a jira macro, a rendered issue or a browse link; a key typed as text is text. */
    Optional<IssueKey> issue() {
        return issue == null ? Optional.empty() : DomCell.linkedIssue(issue);
    }

    /**
     * The body's text without the Jira issue (read as the key) and nested tasks, and without the mention or the date
     * when they are read as the owner or the due date: ticking the box or writing the key in keeps the text the same.
     */
    String text(boolean withoutMention, boolean withoutDate) {
        if (body == null) {
            return "";
        }
        Set<Element> leftOut = Collections.newSetFromMap(new IdentityHashMap<>());
        leftOut.addAll(nested);
        if (issue != null) {
            leftOut.add(issue);
        }
        if (withoutMention && mention != null) {
            leftOut.add(mention);
        }
        if (withoutDate && date != null) {
            leftOut.add(date);
        }
        return DomCell.textWithout(body, leftOut);
    }

    /** The whole task in the page string, when its end tag was written. */
    Optional<SourceSpan> span() {
        Range open = task.sourceRange();
        Range close = task.endSourceRange();
        if (!open.isTracked() || !close.isTracked() || close.end().pos() <= open.start().pos()
                || close.start().pos() == close.end().pos()) {
            return Optional.empty();
        }
        return Optional.of(new SourceSpan(open.start().pos(), close.end().pos()).shiftedBy(source.offset()));
    }

    /** The empty range just before the body's end tag, where a key can be added; only for storage format. */
    Optional<SourceSpan> bodyEnd() {
        if (body == null || body == task) {
            return Optional.empty();
        }
        Range open = body.sourceRange();
        Range close = body.endSourceRange();
        if (!open.isTracked() || !close.isTracked() || close.start().pos() < open.end().pos()
                || close.start().pos() == close.end().pos()) {
            return Optional.empty(); // a self-closed or implicitly closed body: no end tag to write before
        }
        int at = close.start().pos();
        return Optional.of(new SourceSpan(at, at).shiftedBy(source.offset()));
    }

    private static Element child(Element parent, String name) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node node = parent.childNode(i);
            if (node instanceof Element child && child.normalName().equals(name)) {
                return child;
            }
        }
        return null;
    }
}
