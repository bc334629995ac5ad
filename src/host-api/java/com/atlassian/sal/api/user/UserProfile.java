package com.atlassian.sal.api.user;

import java.net.URI;

/** Host type (reference §5.1). */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePageUri();
}
