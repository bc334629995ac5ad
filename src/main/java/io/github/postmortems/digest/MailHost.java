package io.github.postmortems.digest;

/** Sends mail through the host's configured mail server. */
public interface MailHost {

    /** @throws MailUndelivered when the host has no mail server or it refused the mail */
    void send(OutgoingMail mail);

    /** Whether a mail server is set up: without one the week is not claimed, and the next run tries again. */
    default boolean ready() {
        return true;
    }
}
