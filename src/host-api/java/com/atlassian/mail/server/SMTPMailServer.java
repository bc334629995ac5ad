package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/** Host type (an interface; mail.tsv, atlassian-mail 5.3.0). Flattened: its super-interface MailServer is not declared. */
public interface SMTPMailServer {

    void send(Email email) throws MailException;
}
