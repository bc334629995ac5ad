package io.github.postmortems.confluence.macro;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.postmortems.postmortem.UserRef;

/** People named in a page, as links to their Confluence profiles; a name nobody has is shown as typed. */
public class People {

    private final UserManager users;

    public People(UserManager users) {
        this.users = users;
    }

    public Link link(UserRef person, Viewer viewer) {
        UserProfile profile = null;
        if (person instanceof UserRef.ByKey byKey) {
            profile = users.getUserProfile(new UserKey(byKey.userKey()));
        } else if (person instanceof UserRef.ByUsername byName) {
            profile = users.getUserProfile(byName.username());
        }
        if (profile == null) {
            return Link.text(person.fallbackText());
        }
        String name = profile.getFullName() == null || profile.getFullName().isBlank()
                ? profile.getUsername() : profile.getFullName();
        String href = profile.getProfilePageUri() == null ? "" : absolute(profile.getProfilePageUri().toString(), viewer);
        return new Link(name, href, profile.getUsername(), "confluence-userlink user-mention");
    }

    private static String absolute(String href, Viewer viewer) {
        return href.startsWith("/") ? viewer.baseUrl() + href : href;
    }
}
