package io.github.postmortems.confluence.blueprint;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.blueprint.CurrentUser;
import io.github.postmortems.postmortem.UserRef;

import java.util.Optional;

/**
 * The user Confluence authenticated for this request. Named by username for now: the user key
 * ({@code ConfluenceUser.getKey()}) is a SAL {@code UserKey}, which this plugin declares with the SAL types.
 */
public class ConfluenceCurrentUser implements CurrentUser {

    @Override
    public Optional<UserRef> get() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null || user.getName() == null || user.getName().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new UserRef.ByUsername(user.getName()));
    }
}
