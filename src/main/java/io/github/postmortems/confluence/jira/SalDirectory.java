package io.github.postmortems.confluence.jira;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.postmortems.jira.Directory;
import io.github.postmortems.postmortem.UserRef;

import java.util.Optional;

/** {@link Directory} on SAL's user manager: Confluence users by key or username. */
public class SalDirectory implements Directory {

    private final UserManager users;

    public SalDirectory(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<Person> find(UserRef user) {
        UserProfile profile = null;
        if (user instanceof UserRef.ByKey byKey) {
            profile = users.getUserProfile(new UserKey(byKey.userKey()));
        } else if (user instanceof UserRef.ByUsername byName) {
            profile = users.getUserProfile(byName.username());
        }
        if (profile == null) {
            return Optional.empty();
        }
        String email = profile.getEmail();
        return Optional.of(new Person(profile.getUsername(), profile.getFullName(),
                email == null || email.isBlank() ? Optional.empty() : Optional.of(email)));
    }
}
