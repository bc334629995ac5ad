package com.atlassian.mail.server;

/** Host type (an interface; mail.tsv, atlassian-mail 5.3.0). Subset the plugin calls. */
public interface MailServerManager {

    /** Null when the administrator has set up no outgoing mail server. */
    SMTPMailServer getDefaultSMTPMailServer();

    boolean isDefaultSMTPMailServerDefined();
}
