package io.github.postmortems.confluence.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.github.postmortems.digest.MailHost;
import io.github.postmortems.digest.MailUndelivered;
import io.github.postmortems.digest.OutgoingMail;

/**
 * {@link MailHost} through the outgoing mail server set up in Confluence's administration: the sender, subject prefix
 * and transport are the site's. The HTML part only: atlassian-mail's {@link Email} takes one body unless given a
 * javax.mail multipart, which the plugin does not compile against.
 */
public class ConfluenceMailHost implements MailHost {

    private final MailServerManager servers;

    public ConfluenceMailHost(MailServerManager servers) {
        this.servers = servers;
    }

    @Override
    public boolean ready() {
        return servers.isDefaultSMTPMailServerDefined() && servers.getDefaultSMTPMailServer() != null;
    }

    @Override
    public void send(OutgoingMail mail) {
        SMTPMailServer server = servers.getDefaultSMTPMailServer();
        if (server == null) {
            throw new MailUndelivered("Confluence has no outgoing mail server", null);
        }
        Email email = new Email(mail.to()).setSubject(mail.subject()).setBody(mail.html())
                .setMimeType("text/html").setEncoding("UTF-8");
        try {
            server.send(email);
        } catch (MailException refused) {
            throw new MailUndelivered("the mail server refused the mail: " + refused.getMessage(), refused);
        }
    }
}
