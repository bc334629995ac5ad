package com.atlassian.mail;

/** Host type (host-signatures mail.tsv, atlassian-mail 5.3.0): a mail server's refusal. Subset the plugin calls. */
public class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
