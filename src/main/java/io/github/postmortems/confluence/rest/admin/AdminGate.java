package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.text.Messages;

import javax.ws.rs.core.Response;
import java.util.Optional;

/** The refusal every admin resource answers to anyone but an administrator: 401 anonymous, 403 signed in. */
final class AdminGate {

    private AdminGate() {
    }

    static Optional<Response> refusal(AdminAccess access, Messages messages) {
        return switch (access.current()) {
            case ADMIN -> Optional.empty();
            case ANONYMOUS -> Optional.of(AdminJson.status(Response.Status.UNAUTHORIZED,
                    messages.text("postmortems.admin.refused.anonymous")));
            case NOT_ADMIN -> Optional.of(AdminJson.status(Response.Status.FORBIDDEN,
                    messages.text("postmortems.admin.refused.message")));
        };
    }
}
