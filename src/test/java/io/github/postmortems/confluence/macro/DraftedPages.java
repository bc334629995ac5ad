package io.github.postmortems.confluence.macro;

import io.github.postmortems.blueprint.ContextProviderFixtures;
import io.github.postmortems.blueprint.DraftedRows;
import io.github.postmortems.blueprint.PostmortemPage;
import io.github.postmortems.blueprint.TemplateRendering;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.timeline.EntryKind;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A page as the blueprint creates it with rows chosen from a Jira incident: history, a comment, linked issues. */
final class DraftedPages {

    static final int TIMELINE_ROWS = 4;
    static final int COUNTERMEASURE_ROWS = 2;

    private DraftedPages() {
    }

    static String page() {
        return TemplateRendering.render(PostmortemPage.variables(
                ContextProviderFixtures.sample(), Optional.empty(), BundleMessages.english(), rows()));
    }

    /** The rows chosen in the dialog for {@link #page()}. */
    static List<DraftedRows.Chosen> rows() {
        URI issue = URI.create("https://jira.example.com/browse/OPS-142");
        List<DraftedRows.Chosen> rows = new ArrayList<>();
        rows.add(timeline("change:1:status", "2026-10-04T22:12:00Z", "Status changed from Open to Investigating",
                EntryKind.DETECT, issue));
        rows.add(timeline("change:2:priority", "2026-10-04T22:20:00Z", "Priority changed from High to Highest",
                EntryKind.OTHER, issue));
        rows.add(new DraftedRows.Chosen(DraftedRows.Kind.COMMENT, "comment:10456",
                Optional.of(Instant.parse("2026-10-04T22:31:00Z")),
                "Alice Smith: the card processor answers 503 for every EU request", EntryKind.OTHER,
                Optional.of(URI.create(issue + "?focusedCommentId=10456")), Optional.empty()));
        rows.add(timeline("change:3:resolution", "2026-10-05T09:05:00Z", "Resolved: Fixed", EntryKind.RESOLVE, issue));
        rows.add(linked("OPS-150", "Alert on the card processor's error rate"));
        rows.add(linked("OPS-151", "Retry card payments with backoff"));
        return rows;
    }

    private static DraftedRows.Chosen timeline(String source, String at, String text, EntryKind kind, URI evidence) {
        return new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE, source, Optional.of(Instant.parse(at)), text, kind,
                Optional.of(evidence), Optional.empty());
    }

    private static DraftedRows.Chosen linked(String key, String text) {
        return new DraftedRows.Chosen(DraftedRows.Kind.COUNTERMEASURE, "link:" + key, Optional.empty(), text,
                EntryKind.OTHER, Optional.empty(), IssueKey.parse(key));
    }
}
