package io.github.postmortems.confluence.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.github.postmortems.digest.MailHost;
import io.github.postmortems.digest.MailUndelivered;
import io.github.postmortems.digest.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place the plugin sends mail: through the host's default outgoing mail server (the one set up under
 * Administration, Mail servers), whose sender, subject prefix and transport are the site's. Review notices go as plain
 * text and never fail what the person was doing (a refusal is logged and answered {@code false}); the weekly digest
 * goes as HTML through {@link MailHost}, which reports a refusal to the job. Either way the subject is one bounded line
 * and the address one address, so no text of a page can add a header.
 */
public class HostMail implements MailHost {

    private static final Logger LOG = LoggerFactory.getLogger(HostMail.class);
    /** Subjects longer than this are cut: mail clients show less, and a page title can be long. */
    static final int MAX_SUBJECT = 200;

    private final Supplier<MailServerManager> servers;
    private final Function<String, Email> emails;

    public HostMail(MailServerManager servers) {
        this(() -> servers, Email::new);
    }

    HostMail(Supplier<MailServerManager> servers, Function<String, Email> emails) {
        this.servers = servers;
        this.emails = emails;
    }

    /** Whether the site can send mail at all (an administrator set up an outgoing server). */
    public boolean available() {
        MailServerManager manager = servers.get();
        return manager != null && manager.isDefaultSMTPMailServerDefined()
                && manager.getDefaultSMTPMailServer() != null;
    }

    @Override
    public boolean ready() {
        return available();
    }

    /** Plain text to one person; @return whether the server took the message */
    public boolean send(String to, String subject, String body) {
        try {
            deliver(to, subject, body, "text/plain");
            return true;
        } catch (MailUndelivered undelivered) {
            LOG.warn("A mail was not sent (subject \"{}\"): {}", oneLine(subject), undelivered.getMessage());
            return false;
        }
    }

    /** The HTML part only: atlassian-mail's {@link Email} takes one body unless given a javax.mail multipart. */
    @Override
    public void send(OutgoingMail mail) {
        deliver(mail.to(), mail.subject(), mail.html(), "text/html");
    }

    private void deliver(String to, String subject, String body, String mimeType) {
        if (to == null || to.isBlank() || to.indexOf('\n') >= 0 || to.indexOf('\r') >= 0) {
            throw new MailUndelivered("not one mail address", null);
        }
        MailServerManager manager = servers.get();
        SMTPMailServer server = manager == null ? null : manager.getDefaultSMTPMailServer();
        if (server == null) {
            throw new MailUndelivered("Confluence has no outgoing mail server", null);
        }
        try {
            server.send(emails.apply(to.strip()).setSubject(oneLine(subject)).setBody(body).setMimeType(mimeType)
                    .setEncoding("UTF-8"));
        } catch (MailException refused) {
            throw new MailUndelivered("the mail server refused the mail: " + refused.getMessage(), refused);
        }
    }

    private static String oneLine(String subject) {
        String line = subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "\u2026" : line;
    }
}
