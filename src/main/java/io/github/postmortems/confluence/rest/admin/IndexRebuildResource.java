package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonObject;
import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.report.RebuildIndex;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.Instant;

/**
 * {@code /rest/postmortems/1.0/admin/index-rebuild}: "Rebuild postmortem index" on the admin page. POST starts a
 * rebuild (202), or answers the running one (200); GET shows where it is:
 * {@code {state, done, total, failed, startedAt, finishedAt}} with ISO-8601 instants or null. Administrators only.
 */
@Path("admin/index-rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class IndexRebuildResource {

    private final AdminAccess access;
    private final RebuildIndex rebuild;
    private final Messages messages;

    @Inject
    public IndexRebuildResource(AdminAccess access, RebuildIndex rebuild, Messages messages) {
        this.access = access;
        this.rebuild = rebuild;
        this.messages = messages;
    }

    @GET
    public Response progress() {
        return AdminGate.refusal(access, messages).orElseGet(() -> AdminJson.jsonWithNulls(Response.Status.OK,
                json(rebuild.progress())));
    }

    @POST
    public Response start() {
        return AdminGate.refusal(access, messages).orElseGet(() -> {
            boolean wasRunning = rebuild.progress().state() == RebuildIndex.State.RUNNING;
            RebuildIndex.Progress progress = rebuild.start();
            return AdminJson.jsonWithNulls(wasRunning ? Response.Status.OK : Response.Status.ACCEPTED, json(progress));
        });
    }

    static JsonObject json(RebuildIndex.Progress progress) {
        JsonObject body = new JsonObject();
        body.addProperty("state", progress.state().name());
        body.addProperty("done", progress.done());
        body.addProperty("total", progress.total());
        body.addProperty("failed", progress.failed());
        body.addProperty("startedAt", iso(progress.startedAt()));
        body.addProperty("finishedAt", iso(progress.finishedAt()));
        return body;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
