package io.github.postmortems.digest;

/** The host could not send a mail: no mail server is set up, or the server refused it. */
public class MailUndelivered extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailUndelivered(String message, Throwable cause) {
        super(message, cause);
    }
}
