package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.UserRef;

import java.util.Optional;

/** Who is using the wizard right now; empty for an anonymous request. */
public interface CurrentUser {
    Optional<UserRef> get();
}
