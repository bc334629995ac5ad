package io.github.postmortems.postmortem;

/**
 * A person named on the page. Confluence identifies users by a stable user key; older content (and people typing)
 * uses a username, and sometimes all we have is a name typed as plain text.
 */
public sealed interface UserRef {

    /** What to show when the user cannot be resolved: the key, username or typed name. */
    String fallbackText();

    record ByKey(String userKey) implements UserRef {
        public ByKey {
            userKey = Text.requireNonBlank(userKey, "userKey");
        }

        @Override
        public String fallbackText() {
            return userKey;
        }
    }

    record ByUsername(String username) implements UserRef {
        public ByUsername {
            username = Text.requireNonBlank(username, "username");
        }

        @Override
        public String fallbackText() {
            return username;
        }
    }

    /** A name typed as text, not linked to any Confluence user. */
    record Named(String name) implements UserRef {
        public Named {
            name = Text.requireNonBlank(name, "name");
        }

        @Override
        public String fallbackText() {
            return name;
        }
    }
}
