package io.github.postmortems.jira;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.Priority;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.Messages;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Create Jira issues": one Jira issue per countermeasure row that has none, its key written into the page right
 * after it is created ({@link WriteBackJiraKeys}).
 *
 * <p>No duplicates, ever. Each row is claimed in the {@link CreationLedger} before Jira is called and settled after,
 * and every issue carries its row's label ({@link RowIds#rowLabel}). Whenever we cannot know whether Jira created an
 * issue (a timeout, a crash between the call and the record, a claim left open) we look for the row's label in Jira
 * before creating anything; two people pressing at once are serialised by the ledger's unique row. Claims are fenced
 * and renewed right before the create is sent, so a press slowed down before that point (owner look-ups, a rate
 * limit) cannot create after its claim was taken over. Rows are named by their text, so an edit between a create and
 * its write-back leaves an issue no row names: while a page has such issues, nothing more is created on it until
 * someone places or releases them ({@link UnplacedIssues}).
 */
public final class CreateJiraIssues {

    /** A claim older than this was interrupted (the retry budget of one create is well below it). */
    static final Duration STALE_CLAIM = Duration.ofMinutes(5);
    /** The note on a row whose issue got its due date from the space's SLO. */
    static final String DUE_BY_SLO = "postmortems.slo.due-by-slo";

    private final Pages pages;
    private final Directory directory;
    private final JiraConnections jira;
    private final JiraSettingsStore settings;
    private final CreationLedger ledger;
    private final TrackedIssues tracked;
    private final StorageReader reader;
    private final Clock clock;
    private final WriteBackJiraKeys writeBack;
    private final SloPolicyStore slo;

    /** Every space held to the default SLO: for tests that are not about it. */
    CreateJiraIssues(Pages pages, Directory directory, JiraConnections jira, JiraSettingsStore settings,
                            CreationLedger ledger, TrackedIssues tracked, StorageReader reader, Clock clock) {
        this(pages, directory, jira, settings, ledger, tracked, reader, clock, SloPolicyStore.DEFAULTS);
    }

    /** @param slo the spaces' SLO policies: a countermeasure without a due date gets its SLO date (issue 16) */
    public CreateJiraIssues(Pages pages, Directory directory, JiraConnections jira, JiraSettingsStore settings,
                            CreationLedger ledger, TrackedIssues tracked, StorageReader reader, Clock clock,
                            SloPolicyStore slo) {
        this.slo = slo;
        this.pages = pages;
        this.directory = directory;
        this.jira = jira;
        this.settings = settings;
        this.ledger = ledger;
        this.tracked = tracked;
        this.reader = reader;
        this.clock = clock;
        this.writeBack = new WriteBackJiraKeys(pages, ledger, reader, clock);
    }

    /** The rows of the page as the button sees them: each with its id and, once it has one, its issue. */
    public List<PlannedRow> plan(long pageId) {
        Optional<Pages.PageContent> page = pages.read(pageId);
        if (page.isEmpty()) {
            return List.of();
        }
        Rows rows = rows(page.get());
        List<PlannedRow> plan = new ArrayList<>();
        for (int i = 0; i < rows.countermeasures().size(); i++) {
            Countermeasure countermeasure = rows.countermeasures().get(i);
            if (countermeasure.doneOutsideJira()) {
                continue; // a task ticked done on the page needs no issue: the button leaves it alone
            }
            RowRef ref = rows.refs().get(i);
            Optional<IssueKey> key = countermeasure.jiraKeyIfSet()
                    .or(() -> ledger.of(ref).filter(CreationLedger.Creation::hasIssue).map(CreationLedger.Creation::key));
            plan.add(new PlannedRow(ref.rowId(), countermeasure.row(), countermeasure.text(), key.orElse(null)));
        }
        return plan;
    }

    /** Creates the issue of one row (or finds the one an interrupted attempt created). Never throws for Jira. */
    public RowOutcome create(long pageId, String rowId, Messages messages) {
        Optional<Pages.PageContent> found = pages.read(pageId);
        if (found.isEmpty()) {
            return outcome(rowId, 0, RowOutcome.Kind.NO_SUCH_ROW, null, "postmortems.jira.outcome.no-such-page");
        }
        Pages.PageContent page = found.get();
        Rows rows = rows(page);
        int index = rows.indexOf(rowId);
        if (index < 0) {
            return outcome(rowId, 0, RowOutcome.Kind.NO_SUCH_ROW, null, "postmortems.jira.outcome.no-such-row");
        }
        Countermeasure countermeasure = rows.countermeasures().get(index);
        RowRef ref = rows.refs().get(index);
        if (countermeasure.jiraKeyIfSet().isPresent()) {
            track(ref, countermeasure.jiraKey());
            return outcome(rowId, countermeasure.row(), RowOutcome.Kind.ALREADY_TRACKED, countermeasure.jiraKey(),
                    "postmortems.jira.outcome.already-tracked", countermeasure.jiraKey().toString());
        }
        Optional<IssueKey> recorded = ledger.of(ref).filter(CreationLedger.Creation::hasIssue)
                .map(CreationLedger.Creation::key);
        if (recorded.isPresent()) {
            // Created before, and its key is not in the cell (never written, or deleted since): write it again.
            track(ref, recorded.get());
            writeBack.writeKey(ref, recorded.get(), messages);
            return outcome(rowId, countermeasure.row(), RowOutcome.Kind.ALREADY_TRACKED, recorded.get(),
                    "postmortems.jira.outcome.already-tracked", recorded.get().toString());
        }
        JiraSettings setup = settings.forSpace(page.spaceKey());
        if (!setup.readyToCreate()) {
            return outcome(rowId, countermeasure.row(), RowOutcome.Kind.NOT_CONFIGURED, null,
                    "postmortems.jira.outcome.not-configured");
        }
        return new RowCreation(page, rows, countermeasure, ref, setup, messages).run();
    }

    /** The page's issues that no row names any more, for the board to offer placing or releasing them. */
    public UnplacedIssues unplaced(long pageId) {
        Optional<Pages.PageContent> page = pages.read(pageId);
        if (page.isEmpty()) {
            return new UnplacedIssues(List.of(), List.of());
        }
        Rows rows = rows(page.get());
        return UnplacedIssues.of(ledger.all(pageId), rows.refs(), rows.countermeasures());
    }

    /**
     * Writes an unplaced issue's key into the row it belongs to now (one whose Jira cell is empty).
     *
     * @return whether the page names the key now
     */
    public boolean place(long pageId, IssueKey key, String targetRowId, Messages messages) {
        Optional<CreationLedger.Creation> entry = unplaced(pageId).issues().stream()
                .filter(c -> c.key().equals(key)).findFirst();
        if (entry.isEmpty()) {
            return false;
        }
        RowRef target = new RowRef(pageId, targetRowId);
        boolean placed = writeBack.writeKey(target, key, messages);
        if (placed) {
            track(target, key);
        }
        return placed;
    }

    /** Keeps an unplaced issue out of the page for good: its entry stays as the record of why it exists. */
    public boolean release(long pageId, IssueKey key) {
        return unplaced(pageId).issues().stream().filter(c -> c.key().equals(key)).findFirst()
                .map(c -> ledger.released(c.row(), key, clock.instant())).orElse(false);
    }

    /** One row as the plan shows it. */
    public record PlannedRow(String rowId, int row, String text, IssueKey key) {
    }

    /** The creation of one row's issue, step by step. */
    private final class RowCreation {
        private final Pages.PageContent page;
        private final Rows rows;
        private final Optional<Postmortem> postmortem;
        private final Countermeasure countermeasure;
        private final RowRef ref;
        private final JiraSettings setup;
        private final Messages messages;
        private final List<RowOutcome.Note> notes = new ArrayList<>();

        RowCreation(Pages.PageContent page, Rows rows, Countermeasure countermeasure, RowRef ref,
                    JiraSettings setup, Messages messages) {
            this.page = page;
            this.rows = rows;
            this.postmortem = rows.postmortem();
            this.countermeasure = countermeasure;
            this.ref = ref;
            this.setup = setup;
            this.messages = messages;
        }

        RowOutcome run() {
            JiraClient client;
            try {
                client = jira.forCurrentUser();
            } catch (JiraUnavailable broken) {
                // No client at all: the saved connection is broken (a removed or invalid link), not Jira busy.
                return outcome(RowOutcome.Kind.CONNECTION_FAILED, null, "postmortems.jira.outcome.connection-failed",
                        broken.getMessage());
            } catch (JiraFailure failure) {
                return failed(failure);
            }
            Optional<RowOutcome> blocked = unplacedFirst(client);
            if (blocked.isPresent()) {
                return blocked.get();
            }
            // Owners are looked up before the claim: however long Jira makes us wait, no claim is held meanwhile.
            NewIssue issue = newIssue(client);
            CreationLedger.Claim claim = ledger.claim(ref, clock.instant());
            if (claim instanceof CreationLedger.Claim.Done done) {
                return alreadyDone(done.key());
            }
            if (claim instanceof CreationLedger.Claim.Uncertain uncertain) {
                return resolveUncertain(client, uncertain, issue);
            }
            return createNow(client, ((CreationLedger.Claim.Granted) claim).attempt(), issue);
        }

        /**
         * Issues of rows that have changed since: first look for what their open claims created (the label search),
         * then refuse to create while any issue of the page is unplaced, since it may be this row's.
         */
        private Optional<RowOutcome> unplacedFirst(JiraClient client) {
            UnplacedIssues unplaced = UnplacedIssues.of(ledger.all(ref.pageId()), rows.refs(), rows.countermeasures());
            boolean pending = false;
            for (CreationLedger.Creation open : unplaced.open()) {
                Instant searched = clock.instant();
                Optional<IssueKey> existing;
                try {
                    existing = findByLabel(client, open.row());
                } catch (JiraFailure failure) {
                    return Optional.of(outcome(RowOutcome.Kind.UNCERTAIN, null, "postmortems.jira.outcome.uncertain"));
                }
                if (existing.isPresent()) {
                    ledger.created(open.row(), existing.get(), clock.instant());
                } else if (stale(open.updated(), searched)) {
                    CreationLedger.Claim taken = ledger.takeOver(open.row(), open.attempts(),
                            searched.minus(STALE_CLAIM), clock.instant());
                    if (taken instanceof CreationLedger.Claim.Granted granted) {
                        ledger.failed(open.row(), granted.attempt(), "its row changed before Jira answered",
                                clock.instant());
                    }
                } else {
                    pending = true;
                }
            }
            if (!unplaced.open().isEmpty()) {
                unplaced = UnplacedIssues.of(ledger.all(ref.pageId()), rows.refs(), rows.countermeasures());
            }
            List<String> keys = unplaced.issues().stream().map(c -> c.key().toString()).toList();
            if (!keys.isEmpty()) {
                return Optional.of(outcome(RowOutcome.Kind.NOT_CREATED, null, "postmortems.jira.outcome.unplaced",
                        String.join(", ", keys)));
            }
            return pending ? Optional.of(outcome(RowOutcome.Kind.IN_PROGRESS, null,
                    "postmortems.jira.outcome.in-progress")) : Optional.empty();
        }

        private RowOutcome alreadyDone(IssueKey key) {
            track(ref, key);
            writeBack.writeKey(ref, key, messages);
            return outcome(RowOutcome.Kind.ALREADY_TRACKED, key, "postmortems.jira.outcome.already-tracked",
                    key.toString());
        }

        /** Someone claimed this row before: find what they created, or take over a claim that was abandoned. */
        private RowOutcome resolveUncertain(JiraClient client, CreationLedger.Claim.Uncertain uncertain,
                                            NewIssue issue) {
            // Staleness is judged before the search: only a search started after the claim went stale is sure to
            // see what its holder created (however long the search itself then takes).
            Instant searched = clock.instant();
            boolean stale = stale(uncertain.since(), searched);
            Optional<IssueKey> existing;
            try {
                existing = findByLabel(client, ref);
            } catch (JiraFailure failure) {
                return outcome(RowOutcome.Kind.UNCERTAIN, null, "postmortems.jira.outcome.uncertain");
            }
            if (existing.isPresent()) {
                return adopt(client, existing.get());
            }
            if (!stale) {
                return outcome(RowOutcome.Kind.IN_PROGRESS, null, "postmortems.jira.outcome.in-progress");
            }
            // Only if the holder has not renewed since the search began, and only one of several callers: a
            // compare-and-set.
            CreationLedger.Claim again = ledger.takeOver(ref, uncertain.attempt(), searched.minus(STALE_CLAIM),
                    clock.instant());
            if (again instanceof CreationLedger.Claim.Done done) {
                return alreadyDone(done.key());
            }
            if (!(again instanceof CreationLedger.Claim.Granted granted)) {
                return outcome(RowOutcome.Kind.IN_PROGRESS, null, "postmortems.jira.outcome.in-progress");
            }
            return createNow(client, granted.attempt(), issue);
        }

        private boolean stillOnPage() {
            Optional<Pages.PageContent> now = pages.read(ref.pageId());
            if (now.isEmpty()) {
                return false;
            }
            Rows current = rows(now.get());
            int index = current.indexOf(ref.rowId());
            return index >= 0 && current.countermeasures().get(index).jiraKeyIfSet().isEmpty();
        }

        private boolean stale(Instant since, Instant at) {
            return Duration.between(since, at).compareTo(STALE_CLAIM) >= 0;
        }

        private RowOutcome createNow(JiraClient client, int attempt, NewIssue issue) {
            // Read after claiming: an edit of the row before this point is seen here, and one after it finds our
            // claim among the page's open entries and waits for it.
            if (!stillOnPage()) {
                ledger.failed(ref, attempt, "the row changed before its issue was created", clock.instant());
                return outcome(RowOutcome.Kind.NO_SUCH_ROW, null, "postmortems.jira.outcome.no-such-row");
            }
            // Staleness counts from here: whatever came before (look-ups, searches) may have taken long.
            if (!ledger.renew(ref, attempt, clock.instant())) {
                return outcome(RowOutcome.Kind.IN_PROGRESS, null, "postmortems.jira.outcome.in-progress");
            }
            CreatedIssue created;
            try {
                created = client.createIssue(issue);
            } catch (JiraUnavailable unavailable) {
                if (!unavailable.mayHaveReachedJira()) {
                    ledger.failed(ref, attempt, unavailable.getMessage(), clock.instant());
                    return failed(unavailable);
                }
                return afterUnknownOutcome(client);
            } catch (JiraFailure failure) {
                ledger.failed(ref, attempt, failure.getMessage(), clock.instant());
                return failed(failure);
            }
            IssueKey key = ledger.created(ref, created.key(), clock.instant());
            if (!key.equals(created.key())) {
                // Our create outlived its claim and another attempt's issue was recorded first: say so, keep theirs.
                notes.add(RowOutcome.Note.of("postmortems.jira.note.duplicate", created.key().toString(),
                        key.toString()));
                return alreadyDone(key);
            }
            track(ref, key);
            writeBack.writeKey(ref, key, messages);
            linkBack(client, key);
            return outcome(RowOutcome.Kind.CREATED, key, "postmortems.jira.outcome.created", key.toString());
        }

        /**
         * Jira may or may not have created it: look for the label. Not finding it does not free the row: the create
         * may still be on its way (queued behind a busy node or a proxy) and land after the search. The claim stays
         * open until it is stale; then a press that still finds nothing takes it over.
         */
        private RowOutcome afterUnknownOutcome(JiraClient client) {
            try {
                Optional<IssueKey> existing = findByLabel(client, ref);
                if (existing.isPresent()) {
                    return adopt(client, existing.get());
                }
                return outcome(RowOutcome.Kind.UNCERTAIN, null, "postmortems.jira.outcome.uncertain");
            } catch (JiraFailure failure) {
                // The claim stays open: the next press (or a later one, once it is stale) searches again first.
                return outcome(RowOutcome.Kind.UNCERTAIN, null, "postmortems.jira.outcome.uncertain");
            }
        }

        private RowOutcome adopt(JiraClient client, IssueKey found) {
            IssueKey key = ledger.created(ref, found, clock.instant());
            track(ref, key);
            writeBack.writeKey(ref, key, messages);
            linkBack(client, key);
            return outcome(RowOutcome.Kind.RECOVERED, key, "postmortems.jira.outcome.recovered", key.toString());
        }

        private Optional<IssueKey> findByLabel(JiraClient client, RowRef row) throws JiraFailure {
            List<IssueSnapshot> found = client.findByLabels(List.of(RowIds.pageLabel(row.pageId()), RowIds.rowLabel(row)));
            return found.stream().findFirst().map(IssueSnapshot::key);
        }

        private NewIssue newIssue(JiraClient client) {
            String summary = countermeasure.text().replaceAll("[\\r\\n]+", " ").strip();
            if (summary.length() > NewIssue.MAX_SUMMARY) {
                summary = summary.substring(0, NewIssue.MAX_SUMMARY - 1) + "\u2026";
            }
            NewIssue issue = NewIssue.in(setup.projectKey(), setup.issueType(), summary)
                    .describedAs(description())
                    .labelled("postmortem", RowIds.pageLabel(ref.pageId()), RowIds.rowLabel(ref));
            issue = issue.due(countermeasure.dueIfSet().orElseGet(this::dueBySlo));
            Optional<String> priority = setup.priorityFor(countermeasure.priorityIfSet().map(p -> p.code()).orElse(null));
            issue = priority.map(issue::withPriority).orElse(issue);
            return assignee(client).map(issue::assignedTo).orElse(issue);
        }

        /**
         * The day the space's SLO gives a countermeasure nobody gave a due date: its priority's period (the most
         * lenient one without a priority) from today, said on the row so that nobody takes it for an agreed date.
         */
        private LocalDate dueBySlo() {
            SloPolicy policy = slo.applying(page.spaceKey());
            Period period = countermeasure.priorityIfSet().flatMap(policy::periodFor)
                    .or(() -> countermeasure.priorityIfSet().map(Priority::slo))
                    .orElseGet(() -> SloPolicy.lenient(policy));
            LocalDate due = LocalDate.now(clock).plus(period);
            if (notes.stream().noneMatch(note -> note.message().equals(DUE_BY_SLO))) {
                notes.add(RowOutcome.Note.of(DUE_BY_SLO, due.toString(), countermeasure.priorityIfSet()
                        .map(Priority::code).orElse("-"), String.valueOf(SloPolicy.days(period))));
            }
            return due;
        }

        /** The owner's Jira user: same username first, then same e-mail; unassigned (and said so) otherwise. */
        private Optional<String> assignee(JiraClient client) {
            if (countermeasure.ownerIfSet().isEmpty()) {
                return Optional.empty();
            }
            Optional<Directory.Person> person = directory.find(countermeasure.owner());
            if (person.isEmpty()) {
                notes.add(RowOutcome.Note.of("postmortems.jira.note.owner-not-a-user", countermeasure.owner().fallbackText()));
                return Optional.empty();
            }
            try {
                UserLookup lookup = client.findUser(person.get().username(), person.get().email());
                if (lookup instanceof UserLookup.Found matched) {
                    return Optional.of(matched.user().username());
                }
                notes.add(RowOutcome.Note.of("postmortems.jira.note.no-jira-user", person.get().displayName()));
            } catch (JiraFailure failure) {
                notes.add(RowOutcome.Note.of("postmortems.jira.note.user-lookup-failed", person.get().displayName()));
            }
            return Optional.empty();
        }

        private String description() {
            String severity = postmortem.flatMap(Postmortem::severityIfSet).map(s -> s.code()).orElse("-");
            String title = postmortem.map(p -> p.meeting().title()).orElse(page.title());
            return messages.text("postmortems.jira.issue.description", wikiEscape(title), page.url(), severity,
                    countermeasure.typeIfSet().map(t -> messages.text(t.i18nKey())).orElse("-"));
        }

        /** "SEV2 · In review": what the postmortem is, beside the link's title in Jira. */
        private String linkSummary() {
            return postmortem.map(p -> p.severityIfSet().map(s -> s.code() + " \u00b7 ").orElse("")
                    + messages.text(p.status().i18nKey())).orElse("");
        }

        /** A remote link back to the page, and "relates to" the incident's own issue: helpful, not essential. */
        private void linkBack(JiraClient client, IssueKey key) {
            try {
                client.linkToPage(key, RemoteLink.toPostmortem(page.id(), URI.create(page.url()), page.title(),
                        linkSummary(), postmortem.map(p -> p.status() == PostmortemStatus.PUBLISHED).orElse(false),
                        messages.text("postmortems.jira.remote-link.relationship"),
                        messages.text("postmortems.jira.remote-link.application")));
            } catch (JiraFailure | IllegalArgumentException failure) {
                notes.add(RowOutcome.Note.of("postmortems.jira.note.remote-link-failed", key.toString()));
            }
            Optional<IssueKey> incident = postmortem.flatMap(Postmortem::incidentIssueIfSet);
            if (incident.isPresent()) {
                try {
                    if (mayLinkIncident(client, incident.get())) {
                        client.relate(key, incident.get());
                    } else {
                        notes.add(RowOutcome.Note.of("postmortems.jira.note.incident-unreadable",
                                incident.get().toString()));
                    }
                } catch (JiraFailure failure) {
                    notes.add(RowOutcome.Note.of("postmortems.jira.note.issue-link-failed", incident.get().toString()));
                }
            }
        }

        /**
         * Anyone who may edit the page may type any key as its incident ticket, and a token links with the app's own
         * identity: link only a ticket the pressing user can read as themselves, or one in the postmortems' project.
         */
        private boolean mayLinkIncident(JiraClient client, IssueKey incident) throws JiraFailure {
            if (incident.projectKey().equals(setup.projectKey())) {
                return true;
            }
            return jira.actsAsEachUser() && client.findIssues(List.of(incident)).get(incident).isPresent();
        }

        private RowOutcome failed(JiraFailure failure) {
            if (failure instanceof JiraUnauthorized unauthorized
                    && unauthorized.reason() == JiraUnauthorized.Reason.CONSENT_NEEDED) {
                return outcome(RowOutcome.Kind.CONSENT_NEEDED, null, "postmortems.jira.outcome.consent-needed",
                        unauthorized.authorisationIfKnown().map(URI::toString).orElse(""));
            }
            if (failure instanceof JiraUnauthorized) {
                return outcome(RowOutcome.Kind.CONNECTION_FAILED, null, "postmortems.jira.outcome.unauthorized",
                        failure.getMessage());
            }
            if (failure instanceof JiraRejected rejected) {
                return outcome(RowOutcome.Kind.REJECTED, null, "postmortems.jira.outcome.rejected",
                        rejected.errors().describe());
            }
            if (failure instanceof JiraRateLimited limited) {
                return outcome(RowOutcome.Kind.FAILED_TEMPORARILY, null, "postmortems.jira.outcome.rate-limited",
                        String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
            }
            return outcome(RowOutcome.Kind.FAILED_TEMPORARILY, null, "postmortems.jira.outcome.unavailable");
        }

        private RowOutcome outcome(RowOutcome.Kind kind, IssueKey key, String message, String... args) {
            return new RowOutcome(ref.rowId(), countermeasure.row(), kind, key, message, List.of(args), notes);
        }
    }

    private void track(RowRef ref, IssueKey key) {
        if (tracked.byKey(key).isEmpty()) {
            tracked.save(TrackedIssue.justLinked(ref, key));
        }
    }

    private Rows rows(Pages.PageContent page) {
        PageReading reading = reader.readPage(page.storage(),
                new ReadingContext(ZoneOffset.UTC, SeverityScale.defaults(), page.title(), null));
        List<Countermeasure> countermeasures = reading.countermeasures().stream()
                .map(CountermeasureRow::countermeasure).toList();
        return new Rows(reading.details(), countermeasures, RowIds.assign(page.id(), countermeasures));
    }

    private record Rows(Optional<Postmortem> postmortem, List<Countermeasure> countermeasures, List<RowRef> refs) {
        int indexOf(String rowId) {
            for (int i = 0; i < refs.size(); i++) {
                if (refs.get(i).rowId().equals(rowId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static RowOutcome outcome(String rowId, int row, RowOutcome.Kind kind, IssueKey key, String message,
                                      String... args) {
        return new RowOutcome(rowId, row, kind, key, message, List.of(args), List.of());
    }

    /** Jira wiki markup: brackets, pipes and braces would start links and macros. */
    static String wikiEscape(String text) {
        return text.replaceAll("([\\[\\]|{}*_^~+-])", "\\\\$1");
    }
}
