package io.github.postmortems.digest;

import io.github.postmortems.postmortem.Text;

import java.util.Locale;
import java.util.Objects;

/** Someone the digest may go to, as the host knows them: a user with a mail address and a language. */
public record Recipient(String userKey, String name, String email, Locale locale) {

    public Recipient {
        userKey = Text.requireNonBlank(userKey, "userKey");
        email = Text.requireNonBlank(email, "email");
        name = name == null || name.isBlank() ? email : name;
        Objects.requireNonNull(locale, "locale");
    }
}
