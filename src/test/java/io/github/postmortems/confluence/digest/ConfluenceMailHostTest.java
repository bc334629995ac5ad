package io.github.postmortems.confluence.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.github.postmortems.digest.MailUndelivered;
import io.github.postmortems.digest.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The digest's mail through Confluence's outgoing mail server, Mockito standing in for the host's. */
class ConfluenceMailHostTest {

    private final MailServerManager servers = mock(MailServerManager.class);
    private final SMTPMailServer server = mock(SMTPMailServer.class);
    private final OutgoingMail mail = new OutgoingMail("ada@example.com", "Your postmortem follow-ups \u00e9",
            "<p>\u00dcberf\u00e4llig</p>", "text");

    @Test
    void sendsTheHtmlInUtf8ToTheAddressWithTheSubjectThroughTheSitesServer() throws Exception {
        when(servers.isDefaultSMTPMailServerDefined()).thenReturn(true);
        when(servers.getDefaultSMTPMailServer()).thenReturn(server);

        ConfluenceMailHost host = new ConfluenceMailHost(servers);
        host.send(mail);

        ArgumentCaptor<Email> sent = ArgumentCaptor.forClass(Email.class);
        verify(server).send(sent.capture());
        assertAll(
                () -> assertTrue(host.ready()),
                () -> assertEquals("ada@example.com", sent.getValue().getTo()),
                () -> assertEquals("Your postmortem follow-ups \u00e9", sent.getValue().getSubject()),
                () -> assertEquals("<p>\u00dcberf\u00e4llig</p>", sent.getValue().getBody()),
                () -> assertEquals("text/html", sent.getValue().getMimeType()),
                () -> assertEquals("UTF-8", sent.getValue().getEncoding()));
    }

    @Test
    void withoutAMailServerItIsNotReadyAndSendingSaysWhy() {
        ConfluenceMailHost host = new ConfluenceMailHost(servers);

        assertAll(
                () -> assertFalse(host.ready()),
                () -> assertTrue(assertThrows(MailUndelivered.class, () -> host.send(mail)).getMessage()
                        .contains("no outgoing mail server")));
    }

    @Test
    void aRefusalBecomesTheDomainsFailureWithItsCause() throws Exception {
        when(servers.getDefaultSMTPMailServer()).thenReturn(server);
        MailException refused = new MailException("550 no such user");
        doThrow(refused).when(server).send(any());

        MailUndelivered failure = assertThrows(MailUndelivered.class, () -> new ConfluenceMailHost(servers).send(mail));

        assertAll(
                () -> assertTrue(failure.getMessage().contains("550 no such user")),
                () -> assertEquals(refused, failure.getCause()));
    }
}
