package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.jira.Pages;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.report.IndexPostmortemPage;
import io.github.postmortems.report.IndexQueue;
import io.github.postmortems.report.IndexTransactions;
import io.github.postmortems.report.IndexTransactions;
import io.github.postmortems.report.LabelledPages;
import io.github.postmortems.report.RebuildIndex;
import io.github.postmortems.report.memory.InMemoryPostmortemIndex;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexRebuildResourceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private final CountDownLatch release = new CountDownLatch(1);
    private final Pages pages = new Pages() {
        @Override
        public Optional<PageContent> read(long pageId) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }

        @Override
        public boolean update(long pageId, java.util.function.UnaryOperator<String> edit, String comment) {
            throw new UnsupportedOperationException();
        }
    };
    private final InMemoryPostmortemIndex index = new InMemoryPostmortemIndex();
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("UTC"));
    private final IndexPostmortemPage indexer = new IndexPostmortemPage(pages, new StorageReader(),
            new InMemoryTrackedIssues(), index, FixedSettings.project("OPS"), clock);
    private final IndexQueue queue = new IndexQueue(indexer, index, IndexTransactions.direct(), 0, 10, 1, 1);
    private final LabelledPages labelled = (offset, limit) -> offset == 0
            ? new LabelledPages.Slice(List.of(11L, 12L), 2, 2) : new LabelledPages.Slice(List.of(), 0, 2);
    private final RebuildIndex rebuild = new RebuildIndex(labelled, index, indexer, queue, IndexTransactions.direct(),
            clock, 50);

    IndexRebuildResourceTest() {
        rebuild.open();
    }

    @AfterEach
    void close() {
        release.countDown();
        rebuild.close();
    }

    private IndexRebuildResource resource(AdminFixture fixture) {
        return new IndexRebuildResource(fixture.access(), rebuild, fixture.messages);
    }

    private static JsonObject json(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    @Test
    void progressBeforeAnyRebuildIsIdleWithNullTimes() {
        Response response = resource(new AdminFixture().signedInAs(AdminFixture.ADMIN)).progress();

        assertEquals(200, response.getStatus());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        JsonObject body = json(response);
        assertEquals("IDLE", body.get("state").getAsString());
        assertEquals(0, body.get("done").getAsInt());
        assertEquals(0, body.get("total").getAsInt());
        assertEquals(0, body.get("failed").getAsInt());
        assertTrue(body.get("startedAt").isJsonNull());
        assertTrue(body.get("finishedAt").isJsonNull());
    }

    @Test
    void postStartsARebuildAndASecondPostAnswersTheRunningOne() throws InterruptedException {
        IndexRebuildResource resource = resource(new AdminFixture().signedInAs(AdminFixture.ADMIN));

        Response first = resource.start();
        Response second = resource.start();

        assertEquals(202, first.getStatus());
        assertEquals("RUNNING", json(first).get("state").getAsString());
        assertEquals(NOW.toString(), json(first).get("startedAt").getAsString());
        assertEquals(200, second.getStatus());
        assertEquals("RUNNING", json(second).get("state").getAsString());

        release.countDown();
        assertTrue(rebuild.awaitDone(5_000));
        JsonObject done = json(resource.progress());
        assertEquals("FINISHED", done.get("state").getAsString());
        assertEquals(2, done.get("done").getAsInt());
        assertEquals(2, done.get("total").getAsInt());
        assertEquals(NOW.toString(), done.get("finishedAt").getAsString());
    }

    @Test
    void anonymousPeopleAreToldToSignIn() {
        IndexRebuildResource resource = resource(new AdminFixture().signedInAs(null));

        assertEquals(401, resource.progress().getStatus());
        assertEquals(401, resource.start().getStatus());
        assertEquals(RebuildIndex.State.IDLE, rebuild.progress().state());
    }

    @Test
    void signedInNonAdministratorsAreRefusedAndStartNothing() {
        IndexRebuildResource resource = resource(new AdminFixture().signedInAs(AdminFixture.USER));

        assertEquals(403, resource.progress().getStatus());
        assertEquals(403, resource.start().getStatus());
        assertEquals(RebuildIndex.State.IDLE, rebuild.progress().state());
    }
}
