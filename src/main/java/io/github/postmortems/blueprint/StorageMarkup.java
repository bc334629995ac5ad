package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.text.Markup;

import java.time.LocalDate;

/**
 * The few pieces of storage format the wizard's values become when plain text will not do (user mentions, dates).
 * Every value is escaped here, so the result is safe to insert as raw XHTML.
 */
public final class StorageMarkup {

    private StorageMarkup() {
    }

    /** Escapes text for an XML element body or a quoted attribute; see {@link Markup#escape}. */
    public static String escape(String text) {
        return Markup.escape(text);
    }

    /** A user mention: linked by key or (legacy, still read by Confluence) by username; a typed name stays text. */
    public static String mention(UserRef user) {
        if (user instanceof UserRef.ByKey byKey) {
            return "<ac:link><ri:user ri:userkey=\"" + escape(byKey.userKey()) + "\" /></ac:link>";
        }
        if (user instanceof UserRef.ByUsername byUsername) {
            return "<ac:link><ri:user ri:username=\"" + escape(byUsername.username()) + "\" /></ac:link>";
        }
        return escape(user.fallbackText());
    }

    /** Instructional text the editor shows in an empty spot until someone types there; readers skip it. */
    public static String placeholder(String text) {
        return "<ac:placeholder>" + escape(text) + "</ac:placeholder>";
    }

    /** Confluence's Jira issue macro for one key, on the primary Jira link, as the key write-back writes it. */
    public static String jiraIssue(IssueKey key) {
        return "<ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\"><ac:parameter ac:name=\"key\">"
                + escape(key.toString()) + "</ac:parameter></ac:structured-macro>";
    }

    /** A date as Confluence's date lozenge. */
    public static String date(LocalDate date) {
        return "<time datetime=\"" + date + "\" />";
    }
}
