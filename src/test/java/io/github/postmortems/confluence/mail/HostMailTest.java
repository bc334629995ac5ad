package io.github.postmortems.confluence.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.github.postmortems.digest.MailUndelivered;
import io.github.postmortems.digest.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class HostMailTest {

    private final MailServerManager manager = mock(MailServerManager.class);
    private final SMTPMailServer server = mock(SMTPMailServer.class);
    private final List<String> recipients = new ArrayList<>();
    private final List<Email> built = new ArrayList<>();
    private final HostMail mail = new HostMail(() -> manager, to -> {
        recipients.add(to);
        Email email = mock(Email.class, RETURNS_SELF);
        built.add(email);
        return email;
    });

    @Test
    void sendsPlainTextThroughTheDefaultServerWithTheSubjectOnOneBoundedLine() throws Exception {
        when(manager.isDefaultSMTPMailServerDefined()).thenReturn(true);
        when(manager.getDefaultSMTPMailServer()).thenReturn(server);

        assertTrue(mail.available());
        assertTrue(mail.send(" kim@example.com ", "Approved:\r\nBcc: all@example.com " + "x".repeat(300), "Body"));

        assertEquals(List.of("kim@example.com"), recipients);
        Email email = built.get(0);
        verify(email).setSubject("Approved: Bcc: all@example.com " + "x".repeat(HostMail.MAX_SUBJECT - 32)
                + "\u2026");
        verify(email).setBody("Body");
        verify(email).setMimeType("text/plain");
        verify(email).setEncoding("UTF-8");
        verify(server).send(email);
    }

    @Test
    void withoutAServerOrAnAddressNothingIsSentAndARefusalIsNoFailure() throws Exception {
        when(manager.isDefaultSMTPMailServerDefined()).thenReturn(false);
        assertFalse(mail.available());
        assertFalse(mail.send("kim@example.com", "s", "b"), "no default server");

        when(manager.getDefaultSMTPMailServer()).thenReturn(server);
        assertFalse(mail.send("", "s", "b"));
        assertFalse(mail.send("kim@example.com\nBcc: x@example.com", "s", "b"));
        verify(server, never()).send(any());

        doThrow(new MailException("relay denied")).when(server).send(any());
        assertFalse(mail.send("kim@example.com", "s", "b"));
    }

    private final OutgoingMail digest = new OutgoingMail("ada@example.com", "Your postmortem follow-ups \u00e9",
            "<p>\u00dcberf\u00e4llig</p>", "text");

    @Test
    void sendsTheDigestsHtmlInUtf8ToTheAddressWithTheSubjectThroughTheSitesServer() throws Exception {
        when(manager.isDefaultSMTPMailServerDefined()).thenReturn(true);
        when(manager.getDefaultSMTPMailServer()).thenReturn(server);

        HostMail host = new HostMail(manager);
        host.send(digest);

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
    void withoutAMailServerTheDigestIsNotReadyAndSendingSaysWhy() {
        HostMail host = new HostMail(manager);

        assertAll(
                () -> assertFalse(host.ready()),
                () -> assertTrue(assertThrows(MailUndelivered.class, () -> host.send(digest)).getMessage()
                        .contains("no outgoing mail server")));
    }

    @Test
    void aRefusalOfTheDigestBecomesTheDomainsFailureWithItsCause() throws Exception {
        when(manager.getDefaultSMTPMailServer()).thenReturn(server);
        MailException refused = new MailException("550 no such user");
        doThrow(refused).when(server).send(any());

        MailUndelivered failure = assertThrows(MailUndelivered.class, () -> new HostMail(manager).send(digest));

        assertAll(
                () -> assertTrue(failure.getMessage().contains("550 no such user")),
                () -> assertEquals(refused, failure.getCause()));
    }
}
