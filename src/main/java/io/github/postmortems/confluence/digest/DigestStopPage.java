package io.github.postmortems.confluence.digest;

import io.github.postmortems.text.Messages;

import java.util.Objects;

/**
 * The stop page's model: whose digest, whether it is stopped, and the form that changes it (the token proves the
 * link was mailed to that person, and guards the form against cross-site posts).
 *
 * @param valid  whether the link's token matched; the page then only says so
 * @param notice what was just done, "" on a first view
 */
public record DigestStopPage(boolean valid, String name, boolean stopped, boolean siteOff, String user, String token,
                             String action, String notice, Messages messages) {

    public DigestStopPage {
        Objects.requireNonNull(messages, "messages");
    }

    public String text(String key) {
        return messages.text(key);
    }

    /** "Ada receives the weekly postmortem digest." or that she no longer does. */
    public String status() {
        return messages.text(stopped ? "postmortems.digest.stop.stopped" : "postmortems.digest.stop.receiving", name);
    }

    public boolean hasNotice() {
        return !notice.isEmpty();
    }
}
