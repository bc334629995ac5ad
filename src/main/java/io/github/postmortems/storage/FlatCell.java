package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.timeline.Evidence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell read from markup read flat ({@link FlatMarkup}): the same answers as {@link DomCell} gives for the same
 * markup, each a loop over the cell's nodes. {@link FlatTables} hands out only markup these loops read alike: no
 * tasks, and mentions and macro parameters holding text only (jsoup spaces out the text of nested elements by its
 * own rules).
 */
final class FlatCell extends Cell {

    /**
     * Elements the text loop looks at more closely: skipped (a task's id and status are data, not words), a drafted
     * mark, or read as one value. Any other element is only a block or not.
     */
    private static final int LOOKED_AT = FlatMarkup.SKIPPED | FlatMarkup.MACRO | FlatMarkup.TIME | FlatMarkup.RI_USER
            | FlatMarkup.AC_LINK | FlatMarkup.DATA_JIRA_KEY | FlatMarkup.JIRA_KEY | FlatMarkup.STATUS_MACRO_CLASS;
    private static final Set<String> JIRA_MACROS = Set.of("jira", "jiraissues");
    private static final Pattern PERSONAL_SPACE = Pattern.compile("/display/~([^/?#]+)");

    private final FlatMarkup markup;
    private final int spanning;
    /** The node whose content this position reads; -1 where a colspan covers it. */
    private final int node;
    private final Placement placement;

    FlatCell(FlatMarkup markup, int spanning, Placement placement) {
        this.markup = markup;
        this.spanning = spanning;
        this.node = placement == Placement.COLUMN_SPAN ? -1 : spanning;
        this.placement = placement;
    }

    @Override
    boolean origin() {
        return placement == Placement.OWN;
    }

    @Override
    boolean sameElementAs(Cell other) {
        return other instanceof FlatCell flat && flat.markup == markup && flat.spanning == spanning;
    }

    @Override
    boolean isHeader() {
        return markup.named(spanning, "th");
    }

    @Override
    String readText() {
        if (node < 0) {
            return "";
        }
        Text.Squashing text = new Text.Squashing();
        FlatMarkup.TextRange<Text.Squashing> appended = text::append;
        int[] blocks = new int[8];
        int open = 0;
        int last = markup.end(node);
        int n = node;
        while (n <= last) {
            while (open > 0 && n > blocks[open - 1]) {
                text.space();
                open--;
            }
            if (!markup.isElement(n)) {
                markup.withText(n, appended);
                n++;
                continue;
            }
            int flags = markup.flags(n);
            if ((flags & LOOKED_AT) != 0) {
                if ((flags & FlatMarkup.SKIPPED) != 0 || isDraftedMark(n)) {
                    n = markup.end(n) + 1;
                    continue;
                }
                Optional<String> atomic = atomicText(n);
                if (atomic.isPresent()) {
                    text.space();
                    text.append(atomic.get());
                    text.space();
                    n = markup.end(n) + 1;
                    continue;
                }
            }
            if ((flags & FlatMarkup.BLOCK) != 0) {
                text.space();
                if (open == blocks.length) {
                    blocks = Arrays.copyOf(blocks, open * 2);
                }
                blocks[open++] = markup.end(n);
            }
            n++;
        }
        return text.text();
    }

    @Override
    boolean drafted() {
        if (node < 0) {
            return false;
        }
        for (int n = node; n <= markup.end(node); n++) {
            if (markup.is(n, FlatMarkup.MACRO | FlatMarkup.STATUS_MACRO_CLASS) && isDraftedMark(n)) {
                return true;
            }
        }
        return false;
    }

    private boolean isDraftedMark(int e) {
        if (markup.is(e, FlatMarkup.MACRO) && markup.attr(e, "ac:name").equals("status")) {
            return draftedTitle(parameter(e, "title"));
        }
        return markup.is(e, FlatMarkup.SPAN) && markup.is(e, FlatMarkup.STATUS_MACRO_CLASS)
                && !markup.hasElementChildren(e) && draftedTitle(markup.normalizedText(e));
    }

    /** No tasks: {@link FlatTables} leaves markup with tasks to the tree. */
    @Override
    List<Task> tasks() {
        return List.of();
    }

    /** Never asked: a flat cell holds no task (see {@link #tasks()}), so all its text is beside none. */
    @Override
    String textBeside(Task task) {
        return text();
    }

    @Override
    List<UserRef> users() {
        List<UserRef> users = new ArrayList<>();
        // A mention is one user whatever it holds: its inside is not searched again, so nesting costs no more.
        walk(e -> {
            if (!isMention(e)) {
                return Step.INTO;
            }
            mentionedUser(e).ifPresent(users::add);
            return Step.PAST;
        });
        if (users.isEmpty() && !isBlank()) {
            users.add(new UserRef.Named(text()));
        }
        return List.copyOf(users);
    }

    @Override
    Optional<IssueKey> issueKey() {
        if (node < 0) {
            return Optional.empty();
        }
        for (int n = node; n <= markup.end(node); n++) {
            if (markup.is(n, FlatMarkup.MACRO | FlatMarkup.DATA_JIRA_KEY | FlatMarkup.JIRA_KEY)
                    || markup.named(n, "a")) {
                Optional<IssueKey> key = linkedIssue(n);
                if (key.isPresent()) {
                    return key;
                }
            }
        }
        return IssueKey.find(text());
    }

    @Override
    Optional<String> link() {
        String[] found = new String[1];
        walk(e -> {
            String name = markup.name(e);
            boolean link = name.equals("a") && !markup.attr(e, "href").isBlank();
            if (isMention(e) && (!link || mentionedUser(e).isPresent())) {
                return Step.PAST; // a person, not a link; its inside is that person
            }
            if (link) {
                found[0] = markup.attr(e, "href").strip();
            } else if (name.equals("ri:url") && !markup.attr(e, "ri:value").isBlank()) {
                found[0] = markup.attr(e, "ri:value").strip();
            } else if (name.equals("img") && !markup.attr(e, "src").isBlank()) {
                found[0] = markup.attr(e, "src").strip(); // an image Confluence rendered from an attachment or a URL
            }
            return found[0] == null ? Step.INTO : Step.DONE;
        });
        return found[0] != null ? Optional.of(found[0]) : typedUrl();
    }

    @Override
    Optional<Evidence> linkedContent() {
        @SuppressWarnings("unchecked")
        Optional<Evidence>[] found = new Optional[] {Optional.empty()};
        walk(e -> {
            String name = markup.name(e);
            if (name.equals("ac:link") || name.equals("ac:image")) {
                found[0] = content(e);
                // found, or a mention, or a link to something we do not follow
                return found[0].isPresent() ? Step.DONE : Step.PAST;
            }
            boolean web = name.equals("a") && !markup.attr(e, "href").isBlank()
                    || name.equals("ri:url") || name.equals("img") && !markup.attr(e, "src").isBlank();
            return web ? Step.DONE : Step.INTO;
        });
        return found[0];
    }

    /** Where a walk over the cell's elements goes from one: into it, past its inside, or nowhere further. */
    private enum Step {
        INTO,
        PAST,
        DONE
    }

    /** What a walk does at one element. */
    private interface Look {
        Step at(int element);
    }

    /** Visits the cell's elements, the cell's own first, in document order, as far as {@code look} says. */
    private void walk(Look look) {
        int n = node;
        int last = node < 0 ? -1 : markup.end(node);
        while (n >= 0 && n <= last) {
            if (!markup.isElement(n)) {
                n++;
                continue;
            }
            switch (look.at(n)) {
                case INTO -> n++;
                case PAST -> n = markup.end(n) + 1;
                case DONE -> n = -1;
            }
        }
    }

    @Override
    String innerMarkup() {
        return node < 0 ? "" : markup.innerMarkup(node);
    }

    /** A flat reading serves views, which write nothing back: where a cell sits is not asked for. */
    @Override
    Optional<SourceSpan> innerSpan() {
        return Optional.empty();
    }

    @Override
    void showEvent(EventCells events, int row, String written) {
        if (node >= 0) {
            events.read(row, new FlatEventText(markup, node), written);
        }
    }

    private Optional<Evidence> content(int linkOrImage) {
        int page = markup.child(linkOrImage, "ri:page");
        if (page >= 0 && markup.named(linkOrImage, "ac:link")) {
            return page(page).map(Evidence.class::cast);
        }
        int attachment = markup.child(linkOrImage, "ri:attachment");
        if (attachment < 0 || Text.isBlank(markup.attr(attachment, "ri:filename"))) {
            return Optional.empty();
        }
        int owner = markup.child(attachment, "ri:page");
        return Optional.of(new Evidence.Attachment(Text.squash(markup.attr(attachment, "ri:filename")),
                owner < 0 ? null : page(owner).orElse(null)));
    }

    private Optional<Evidence.Page> page(int riPage) {
        String title = Text.squash(markup.attr(riPage, "ri:content-title"));
        return title.isEmpty() ? Optional.empty()
                : Optional.of(new Evidence.Page(Text.squash(markup.attr(riPage, "ri:space-key")), title));
    }

    /** Elements that read as one value rather than as their children's text (as {@link DomCell} reads them). */
    private Optional<String> atomicText(int e) {
        int flags = markup.flags(e);
        if ((flags & FlatMarkup.TIME) != 0 && (flags & FlatMarkup.DATETIME) != 0) {
            return Optional.of(markup.attr(e, "datetime"));
        }
        if ((flags & FlatMarkup.RI_USER) != 0) {
            return mentionedUser(e).map(UserRef::fallbackText);
        }
        if ((flags & FlatMarkup.AC_LINK) != 0) {
            boolean bodied = markup.child(e, "ac:link-body") >= 0 || markup.child(e, "ac:plain-text-link-body") >= 0;
            int user = markup.child(e, "ri:user");
            if (user >= 0 && !bodied) {
                return mentionedUser(user).map(UserRef::fallbackText);
            }
            if (!bodied) {
                Optional<Evidence> content = content(e);
                if (content.isPresent()) {
                    return content.map(Evidence::name);
                }
                int post = markup.child(e, "ri:blog-post");
                if (post >= 0 && !Text.isBlank(markup.attr(post, "ri:content-title"))) {
                    return Optional.of(markup.attr(post, "ri:content-title"));
                }
                int space = markup.child(e, "ri:space");
                if (space >= 0 && !Text.isBlank(markup.attr(space, "ri:space-key"))) {
                    return Optional.of(markup.attr(space, "ri:space-key"));
                }
            }
        }
        if (isJiraMacro(e) || (flags & (FlatMarkup.DATA_JIRA_KEY | FlatMarkup.JIRA_KEY)) != 0) {
            return linkedIssue(e).map(IssueKey::toString);
        }
        if ((flags & FlatMarkup.MACRO) != 0 && markup.attr(e, "ac:name").equals("status")) {
            return Optional.of(parameter(e, "title"));
        }
        return Optional.empty();
    }

    private Optional<UserRef> mentionedUser(int e) {
        if (markup.named(e, "ri:user")) {
            if (!markup.attr(e, "ri:userkey").isBlank()) {
                return Optional.of(new UserRef.ByKey(markup.attr(e, "ri:userkey")));
            }
            if (!markup.attr(e, "ri:username").isBlank()) {
                return Optional.of(new UserRef.ByUsername(markup.attr(e, "ri:username")));
            }
            return Optional.empty();
        }
        if (!isMention(e)) {
            return Optional.empty();
        }
        if (!markup.attr(e, "data-user-key").isBlank()) {
            return Optional.of(new UserRef.ByKey(markup.attr(e, "data-user-key")));
        }
        if (!markup.attr(e, "data-username").isBlank()) {
            return Optional.of(new UserRef.ByUsername(markup.attr(e, "data-username")));
        }
        Matcher space = PERSONAL_SPACE.matcher(markup.attr(e, "href"));
        if (space.find()) {
            return Optional.of(new UserRef.ByUsername(URLDecoder.decode(space.group(1), StandardCharsets.UTF_8)));
        }
        String text = markup.normalizedText(e);
        return Text.isBlank(text) ? Optional.empty() : Optional.of(new UserRef.Named(text));
    }

    /** A user mention in either dialect, judged by its own name and attributes only. */
    private boolean isMention(int e) {
        return markup.is(e, FlatMarkup.MENTION);
    }

    private Optional<IssueKey> linkedIssue(int e) {
        if (isJiraMacro(e)) {
            for (int p = markup.firstChild(e); p >= 0; p = markup.nextSibling(p)) {
                if (markup.named(p, "ac:parameter") && markup.attr(p, "ac:name").equals("key")) {
                    return IssueKey.parse(Text.squash(markup.ownText(p)));
                }
            }
            return Optional.empty();
        }
        if (markup.is(e, FlatMarkup.DATA_JIRA_KEY)) {
            return IssueKey.parse(markup.attr(e, "data-jira-key"));
        }
        if (markup.is(e, FlatMarkup.JIRA_KEY)) {
            return IssueKey.parse(markup.attr(e, "jira-key"));
        }
        String href = markup.named(e, "a") ? markup.attr(e, "href") : "";
        if (href.contains("/browse/")) {
            return IssueKey.find(href.substring(href.indexOf("/browse/")));
        }
        return Optional.empty();
    }

    /** A macro's own parameter (a direct child), as text; "" when it has none. */
    private String parameter(int macro, String parameterName) {
        for (int p = markup.firstChild(macro); p >= 0; p = markup.nextSibling(p)) {
            if (markup.named(p, "ac:parameter") && markup.attr(p, "ac:name").equals(parameterName)) {
                return markup.normalizedText(p);
            }
        }
        return "";
    }

    private boolean isJiraMacro(int e) {
        return markup.is(e, FlatMarkup.MACRO) && JIRA_MACROS.contains(markup.attr(e, "ac:name"));
    }
}
