package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.SpaceAdminAccess;
import io.github.postmortems.text.Messages;

import javax.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A space's choice between the site's setting and its own, as the space page's sections save it (approval rules, SLO
 * policy): GET shows the choice and the setting it works by; PUT with {@code own: false} uses the site's again, the
 * fields typed then unchecked and not kept, and with {@code own: true} keeps the fields once their form's checks pass.
 * Space administrators and Confluence administrators only.
 *
 * @param typed     the body's JSON shape
 * @param own       whether the body asks for the space's own setting
 * @param check     the body's fields as the setting to keep, or the answer refusing them
 * @param saveSpace keeps the space's own setting, or forgets it (empty)
 * @param savedKey  the i18n key of "saved for space {0}"
 * @param shown     the space's choice and setting as GET and PUT answer them
 * @param <J>       the body's JSON shape
 * @param <T>       the setting
 */
record SpaceOwnSetting<J, T>(Class<J> typed, Function<J, Boolean> own, Function<J, Checked<T>> check,
                             BiConsumer<String, Optional<T>> saveSpace, String savedKey,
                             Function<String, Object> shown) {

    /** What a space's form came to: the setting to keep, or the refusal to answer with. */
    sealed interface Checked<T> {
        record Kept<T>(T setting) implements Checked<T> {
        }

        /**
         * A class, not a record: the Confluence 10 jar's javax-to-jakarta step rewrites fields and methods but not a
         * record's component attributes, which would keep naming javax.ws.rs (PluginJarIT checks the jar for it).
         */
        final class Refused<T> implements Checked<T> {
            private final Response answer;

            Refused(Response answer) {
                this.answer = answer;
            }

            Response answer() {
                return answer;
            }
        }
    }

    Response show(SpaceAdminAccess access, Messages messages, String spaceKey) {
        return SpaceSettingsResource.refusal(access, messages, spaceKey)
                .orElseGet(() -> AdminJson.ok(shown.apply(spaceKey)));
    }

    Response save(SpaceAdminAccess access, Messages messages, String spaceKey, String body) {
        return SpaceSettingsResource.refusal(access, messages, spaceKey).orElseGet(() -> {
            J read = AdminJson.read(body, typed);
            if (read == null) {
                return AdminJson.status(Response.Status.BAD_REQUEST, messages.text("postmortems.admin.status.unreadable"));
            }
            Optional<T> setting = Optional.empty();
            if (Boolean.TRUE.equals(own.apply(read))) {
                Checked<T> checked = check.apply(read);
                if (checked instanceof Checked.Refused<T> refused) {
                    return refused.answer();
                }
                setting = Optional.of(((Checked.Kept<T>) checked).setting());
            }
            saveSpace.accept(spaceKey, setting);
            return AdminJson.json(Response.Status.OK, Map.of("message", messages.text(savedKey, spaceKey),
                    "settings", shown.apply(spaceKey)));
        });
    }
}
