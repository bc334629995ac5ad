package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.digest.DigestSettings;
import io.github.postmortems.digest.DigestSettingsStore;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code /rest/postmortems/1.0/admin/digest}: the weekly digest's switch and day ("Weekly digest" on the settings
 * page). GET shows them; PUT checks and saves them. Administrators only. The job reads them at each run, so nothing
 * is rescheduled.
 */
@Path("admin/digest")
@Produces(MediaType.APPLICATION_JSON)
public class DigestSettingsResource {

    private final AdminAccess access;
    private final DigestSettingsStore store;
    private final Messages messages;

    @Inject
    public DigestSettingsResource(AdminAccess access, DigestSettingsStore store, Messages messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
    }

    /** What the section sends and shows. */
    record Shown(Boolean enabled, String day) {
        static Shown of(DigestSettings settings) {
            return new Shown(settings.enabled(), settings.day().name());
        }
    }

    @GET
    public Response show() {
        return AdminGate.refusal(access, messages).orElseGet(() -> AdminJson.ok(Shown.of(store.load())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body) {
        return AdminGate.refusal(access, messages).orElseGet(() -> {
            Shown typed = AdminJson.read(body, Shown.class);
            if (typed == null || typed.enabled() == null) {
                return AdminJson.status(Response.Status.BAD_REQUEST, messages.text("postmortems.admin.status.unreadable"));
            }
            if (typed.day() == null || Arrays.stream(DayOfWeek.values()).noneMatch(d -> d.name().equals(typed.day()))) {
                return AdminJson.json(Response.Status.BAD_REQUEST, Map.of(
                        "message", messages.text("postmortems.admin.status.invalid"),
                        "errors", Map.of("day", messages.text("postmortems.digest.admin.day.invalid"))));
            }
            store.save(new DigestSettings(typed.enabled(), DayOfWeek.valueOf(typed.day())));
            return AdminJson.json(Response.Status.OK, Map.of("message",
                    messages.text("postmortems.digest.admin.saved"), "settings", Shown.of(store.load())));
        });
    }
}
