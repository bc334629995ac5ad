package io.github.postmortems.confluence.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Plain-text mail through the host's default outgoing mail server (the one set up under Administration, Mail
 * servers): the one place the plugin sends mail, small so that other features can share it. A message the server
 * refuses is logged and answered {@code false}; it never fails what the person was doing.
 */
public class HostMail {

    private static final Logger LOG = LoggerFactory.getLogger(HostMail.class);
    /** Subjects longer than this are cut: mail clients show less, and a page title can be long. */
    static final int MAX_SUBJECT = 200;

    private final Supplier<MailServerManager> servers;
    private final Function<String, Email> emails;

    public HostMail() {
        this(MailFactory::getServerManager, Email::new);
    }

    HostMail(Supplier<MailServerManager> servers, Function<String, Email> emails) {
        this.servers = servers;
        this.emails = emails;
    }

    /** Whether the site can send mail at all (an administrator set up an outgoing server). */
    public boolean available() {
        MailServerManager manager = servers.get();
        return manager != null && manager.isDefaultSMTPMailServerDefined();
    }

    /** @return whether the server took the message */
    public boolean send(String to, String subject, String body) {
        if (to == null || to.isBlank() || to.indexOf('\n') >= 0 || to.indexOf('\r') >= 0) {
            return false;
        }
        MailServerManager manager = servers.get();
        SMTPMailServer server = manager == null ? null : manager.getDefaultSMTPMailServer();
        if (server == null) {
            return false;
        }
        String line = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        try {
            server.send(emails.apply(to.strip())
                    .setSubject(line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "\u2026" : line)
                    .setBody(body).setMimeType("text/plain"));
            return true;
        } catch (MailException refused) {
            LOG.warn("The mail server did not take a message (subject \"{}\"): {}", line, refused.getMessage());
            return false;
        }
    }
}
