package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Host type (reference §5.1): a final class. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    public String getStringValue() {
        return userKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && userKey.equals(other.userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return userKey;
    }
}
