package io.github.postmortems.confluence.blueprint;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import io.github.postmortems.blueprint.CurrentUser;
import io.github.postmortems.postmortem.UserRef;

import java.util.Optional;

/** The user Confluence authenticated for this request, by user key (stable across renames). */
public class ConfluenceCurrentUser implements CurrentUser {

    @Override
    public Optional<UserRef> get() {
        return refOf(AuthenticatedUserThreadLocal.get());
    }

    /** A Confluence user as the page names people: by key, by username for users without one, else nobody. */
    static Optional<UserRef> refOf(ConfluenceUser user) {
        if (user == null) {
            return Optional.empty();
        }
        UserKey key = user.getKey();
        if (key != null && !key.getStringValue().isBlank()) {
            return Optional.of(new UserRef.ByKey(key.getStringValue()));
        }
        return user.getName() == null || user.getName().isBlank()
                ? Optional.empty() : Optional.of(new UserRef.ByUsername(user.getName()));
    }
}
