package io.github.postmortems.digest;

import io.github.postmortems.postmortem.Text;

/** One mail to one person: an HTML body with a plain-text alternative. */
public record OutgoingMail(String to, String subject, String html, String text) {

    public OutgoingMail {
        to = Text.requireNonBlank(to, "to");
        subject = Text.requireNonBlank(subject, "subject");
        html = Text.requireNonBlank(html, "html");
        text = Text.requireNonBlank(text, "text");
    }
}
