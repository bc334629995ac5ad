package com.atlassian.mail.server;

/**
 * Host type (host-signatures mail.tsv, atlassian-mail 5.3.0): the host's configured mail servers. Subset the plugin
 * calls. Confluence exports it to plugins (Atlassian's Team Calendars and other public Confluence plugins import it).
 */
public interface MailServerManager {

    /** The SMTP server set up in Confluence's administration; null when there is none. */
    SMTPMailServer getDefaultSMTPMailServer();

    boolean isDefaultSMTPMailServerDefined();
}
