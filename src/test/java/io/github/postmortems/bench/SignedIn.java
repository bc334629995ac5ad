package io.github.postmortems.bench;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * A user signed in on this thread for a benchmark, as the host keeps one ({@link AuthenticatedUserThreadLocal#set}),
 * and signed out again on close. Not a static mock: a mocked static method walks the stack on every call, work a
 * view in Confluence never does, which the benchmark would count as the app's.
 */
final class SignedIn implements AutoCloseable {

    private SignedIn(ConfluenceUser user) {
        AuthenticatedUserThreadLocal.set(user);
    }

    /** The user signed in until {@link #close()}; null for an anonymous viewer. */
    static SignedIn as(ConfluenceUser user) {
        return new SignedIn(user);
    }

    @Override
    public void close() {
        AuthenticatedUserThreadLocal.set(null);
    }
}
