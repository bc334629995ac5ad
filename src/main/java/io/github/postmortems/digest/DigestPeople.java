package io.github.postmortems.digest;

import io.github.postmortems.postmortem.UserRef;

import java.util.List;
import java.util.Optional;

/** The host's users, as the digest needs them. */
public interface DigestPeople {

    /** The user named, with a mail address; empty for a typed name, an unknown or deactivated user, or no address. */
    Optional<Recipient> find(UserRef person);

    /** Whether the user may view the page now (page restrictions included): the digest shows no title they may not. */
    boolean mayView(String userKey, long pageId);

    /** At most {@code limit} members of the group, by username; none for a group that does not exist. */
    List<UserRef> membersOf(String group, int limit);
}
