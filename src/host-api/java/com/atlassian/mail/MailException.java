package com.atlassian.mail;

/** Host type (a checked exception; mail.tsv, atlassian-mail 5.3.0): declaration for compiling only. */
public class MailException extends Exception {
    private static final long serialVersionUID = 1L;

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
