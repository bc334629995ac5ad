package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/** Host type (host-signatures mail.tsv, atlassian-mail 5.3.0): an outgoing mail server. Subset the plugin calls. */
public interface SMTPMailServer {

    String getDefaultFrom();

    void send(Email email) throws MailException;
}
