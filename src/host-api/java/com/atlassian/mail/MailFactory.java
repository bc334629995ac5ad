package com.atlassian.mail;

import com.atlassian.mail.server.MailServerManager;

/** Host type (a class; mail.tsv, atlassian-mail 5.3.0): the host's mail servers, as set up in its administration. */
public class MailFactory {

    public static MailServerManager getServerManager() {
        throw new UnsupportedOperationException("host type");
    }
}
