package io.github.postmortems.digest.memory;

import io.github.postmortems.digest.MailHost;
import io.github.postmortems.digest.MailUndelivered;
import io.github.postmortems.digest.OutgoingMail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A mail host that keeps what it is given; addresses can be made to fail as a refusing mail server would. */
public final class InMemoryMailHost implements MailHost {

    private final List<OutgoingMail> sent = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private boolean ready = true;

    @Override
    public synchronized void send(OutgoingMail mail) {
        if (refused.contains(mail.to())) {
            throw new MailUndelivered("550 mailbox unavailable: " + mail.to(), null);
        }
        sent.add(mail);
    }

    @Override
    public synchronized boolean ready() {
        return ready;
    }

    /** As a site with no outgoing mail server set up. */
    public synchronized InMemoryMailHost withoutServer() {
        ready = false;
        return this;
    }

    public synchronized InMemoryMailHost refusing(String address) {
        refused.add(address);
        return this;
    }

    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }

    public synchronized Optional<OutgoingMail> to(String address) {
        return sent.stream().filter(mail -> mail.to().equals(address)).findFirst();
    }
}
