package io.github.postmortems.automation;

import io.github.postmortems.blueprint.CurrentUser;
import io.github.postmortems.blueprint.DraftedPrints;
import io.github.postmortems.blueprint.DraftedRows;
import io.github.postmortems.blueprint.NewPostmortem;
import io.github.postmortems.blueprint.WizardValidation;
import io.github.postmortems.incident.DraftFromIncident;
import io.github.postmortems.incident.DraftOutcome;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.incident.IncidentDraft;
import io.github.postmortems.incident.IncidentReference;
import io.github.postmortems.postmortem.CreationLog;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.text.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Jira Automation's "send web request" when an incident is resolved: the postmortem of that incident in a space,
 * created once. The claim comes before Jira is read, so a repeated call answers the page without reading Jira again;
 * a call that finds another one creating the page waits a little for it, then answers it.
 */
public final class PostmortemFromIncident {

    /** A claim this old without its page belongs to a call that died (a node went down); it is taken over. */
    static final Duration STALE = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(200);

    private final DraftFromIncident drafts;
    private final IncidentPages ledger;
    private final PostmortemPages pages;
    private final Collaborators around;

    /**
     * Who the page is created by, what is told of it, the time, and how long a call waits for another one that is
     * creating the same incident's page.
     */
    public record Collaborators(CurrentUser currentUser, CreationLog creationLog, Clock clock, Duration patience,
                                DraftedRowMemory drafted) {

        /** Waiting up to 10 s for the other call before answering busy (409 with Retry-After). */
        public Collaborators(CurrentUser currentUser, CreationLog creationLog, Clock clock, DraftedRowMemory drafted) {
            this(currentUser, creationLog, clock, Duration.ofSeconds(10), drafted);
        }

        /** Remembering no drafted rows: their "From Jira" marks then stay as written. */
        public Collaborators(CurrentUser currentUser, CreationLog creationLog, Clock clock) {
            this(currentUser, creationLog, clock, DraftedRowMemory.NONE);
        }

        public Collaborators(CurrentUser currentUser, CreationLog creationLog, Clock clock, Duration patience) {
            this(currentUser, creationLog, clock, patience, DraftedRowMemory.NONE);
        }
    }

    public PostmortemFromIncident(DraftFromIncident drafts, IncidentPages ledger, PostmortemPages pages,
                                  Collaborators around) {
        this.drafts = drafts;
        this.ledger = ledger;
        this.pages = pages;
        this.around = around;
    }

    public AutomationOutcome create(String spaceKey, String incident, ZoneId zone, Messages messages) {
        Optional<IssueKey> key = IncidentReference.parse(incident);
        if (key.isEmpty()) {
            return new AutomationOutcome.NotAKey();
        }
        switch (pages.access(spaceKey)) {
            case UNKNOWN:
                return new AutomationOutcome.UnknownSpace(spaceKey);
            case READ_ONLY:
                return new AutomationOutcome.NotPermitted(spaceKey);
            default:
                break;
        }
        Instant deadline = around.clock().instant().plus(around.patience());
        while (true) {
            Instant now = around.clock().instant();
            IncidentPages.Claim claim = ledger.claim(spaceKey, key.get(), now.minus(STALE), now);
            if (claim instanceof IncidentPages.Claim.Existing existing) {
                Optional<PageRef> page = pages.current(existing.pageId());
                if (page.isPresent()) {
                    return pages.mayView(existing.pageId()) ? new AutomationOutcome.Existing(page.get())
                            : new AutomationOutcome.Restricted();
                }
                // Trashed or purged since: the incident gets a postmortem again.
                claim = ledger.replace(spaceKey, key.get(), existing.pageId(), now);
            }
            if (claim instanceof IncidentPages.Claim.Granted granted) {
                return createClaimed(spaceKey, key.get(), granted.claimedAt(), zone, messages);
            }
            if (claim instanceof IncidentPages.Claim.InProgress inProgress && !now.isBefore(deadline)) {
                return new AutomationOutcome.Busy(inProgress.claimedAt());
            }
            pause();
        }
    }

    private AutomationOutcome createClaimed(String spaceKey, IssueKey key, Instant claimedAt, ZoneId zone,
                                            Messages messages) {
        boolean created = false;
        try {
            DraftOutcome outcome = drafts.draft(key.toString(), messages);
            if (!(outcome instanceof DraftOutcome.Drafted drafted)) {
                return new AutomationOutcome.IncidentUnavailable(outcome);
            }
            IncidentDraft draft = drafted.draft();
            WizardValidation validation = AutomatedPostmortem.validate(
                    AutomatedPostmortem.form(draft, zone, around.clock().instant()));
            if (validation instanceof WizardValidation.Invalid invalid) {
                return new AutomationOutcome.Invalid(invalid.errors());
            }
            NewPostmortem postmortem = ((WizardValidation.Valid) validation).postmortem();
            Optional<UserRef> creator = around.currentUser().get();
            List<DraftedRows.Chosen> rows = AutomatedPostmortem.draftedRows(draft);
            String storage = PostmortemTemplate.page().render(
                    AutomatedPostmortem.variables(draft, postmortem, creator, messages), messages);
            PageRef page = pages.create(spaceKey, AutomatedPostmortem.titles(postmortem, draft), storage);
            ledger.created(spaceKey, key, claimedAt, page.id());
            created = true;
            if (!rows.isEmpty()) {
                // As the Create dialog's pages: the marks show until a person edits the row.
                around.drafted().remember(page.id(), DraftedPrints.of(rows, postmortem.zone(), messages));
            }
            around.creationLog().pageCreated(page.id(), creator.orElse(new UserRef.Named("automation")));
            return new AutomationOutcome.Created(page);
        } finally {
            if (!created) {
                ledger.released(spaceKey, key, claimedAt);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another call created the page", interrupted);
        }
    }
}
