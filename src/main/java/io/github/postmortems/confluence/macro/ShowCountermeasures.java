package io.github.postmortems.confluence.macro;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.incident.DraftedMarks;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.jira.CreationLedger;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.jira.UnplacedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.review.Verification;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.FollowUpDate;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.storage.TableReading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The countermeasures macro's use case: read its table and join what the store last heard from Jira. It never calls
 * Jira, so a page renders as fast, and as completely, when Jira is down.
 */
public class ShowCountermeasures {

    private final StorageReader reader;
    private final TrackedIssues tracked;
    private final CreationLedger ledger;
    private final CountermeasureBoards boards;
    private final JiraSettingsStore settings;
    private final Clock clock;
    private final DraftedRowMemory drafted;
    private final SloPolicyStore slo;

    public ShowCountermeasures(StorageReader reader, TrackedIssues tracked, CreationLedger ledger,
                               CountermeasureBoards boards, JiraSettingsStore settings, DraftedRowMemory drafted,
                               SloPolicyStore slo) {
        this(reader, tracked, ledger, boards, settings, Clock.systemUTC(), drafted, slo);
    }

    /** Without a memory of drafted rows: every "From Jira" lozenge shows as written. */
    ShowCountermeasures(StorageReader reader, TrackedIssues tracked, CreationLedger ledger, CountermeasureBoards boards,
                        JiraSettingsStore settings, Clock clock) {
        this(reader, tracked, ledger, boards, settings, clock, DraftedRowMemory.NONE);
    }

    ShowCountermeasures(StorageReader reader, TrackedIssues tracked, CreationLedger ledger, CountermeasureBoards boards,
                        JiraSettingsStore settings, Clock clock, DraftedRowMemory drafted) {
        this(reader, tracked, ledger, boards, settings, clock, drafted, SloPolicyStore.DEFAULTS);
    }

    ShowCountermeasures(StorageReader reader, TrackedIssues tracked, CreationLedger ledger, CountermeasureBoards boards,
                        JiraSettingsStore settings, Clock clock, DraftedRowMemory drafted, SloPolicyStore slo) {
        this.slo = slo;
        this.drafted = drafted;
        this.reader = reader;
        this.tracked = tracked;
        this.ledger = ledger;
        this.boards = boards;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param pageId    the page the macro is on; 0 in a preview of a page not saved yet
     * @param createUrl   where the create button posts; "" when this viewer may not edit the page
     * @param settingsUrl the Jira settings page, for administrators; "" for everyone else
     */
    public CountermeasureBoard show(String body, long pageId, String createUrl, String settingsUrl, Viewer viewer) {
        return show(body, pageId, createUrl, settingsUrl, viewer, RenderedPage.unshared(null));
    }

    /** @param page the rendered page, whose remembered drafted rows the page's macros ask for once */
    public CountermeasureBoard show(String body, long pageId, String createUrl, String settingsUrl, Viewer viewer,
                                    RenderedPage page) {
        ReadingContext context = ReadingContext.inZone(viewer.siteZone());
        TableReading<CountermeasureRow> table = reader.readCountermeasuresToShow(body == null ? "" : body, context);
        // A drafted row a person has edited is shown as theirs (issue 15, item 4).
        Set<String> remembered = pageId <= 0 ? Set.of()
                : page.pageId() == pageId ? RememberedDrafts.of(page, drafted) : drafted.prints(pageId);
        List<CountermeasureRow> read = DraftedMarks.countermeasures(table.rows(), remembered);
        List<Countermeasure> countermeasures = read.stream().map(CountermeasureRow::countermeasure).toList();
        Map<IssueKey, TrackedIssue> byKey = new HashMap<>();
        Map<RowRef, CreationLedger.Creation> creations = new HashMap<>();
        List<RowRef> rows;
        List<IssueKey> unplaced = List.of();
        if (pageId > 0) {
            rows = RowIds.assign(pageId, countermeasures);
            // What Jira says is shown only for issues someone vouched for (see IndexPostmortemPage).
            tracked.byPage(pageId).stream().filter(TrackedIssue::vouched)
                    .forEach(issue -> byKey.put(issue.key(), issue));
            List<CreationLedger.Creation> entries = ledger.all(pageId);
            entries.stream().filter(c -> c.state() == CreationLedger.State.CLAIMED
                    || c.state() == CreationLedger.State.CREATED).forEach(c -> creations.put(c.row(), c));
            unplaced = UnplacedIssues.of(entries, rows, countermeasures).issues().stream()
                    .map(CreationLedger.Creation::key).toList();
        } else {
            // A preview of a page not saved yet: nothing is tracked, ids only tell the rows apart.
            rows = RowIds.assign(Long.MAX_VALUE, countermeasures);
        }
        Map<RowRef, Verification> said = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            RowRef ref = rows.get(i);
            read.get(i).saidIfAny().ifPresent(verification -> said.put(ref, verification));
        }
        // The follow-up review day is written elsewhere on the page; only editors are asked about it.
        LocalDate followUp = pageId > 0 && !createUrl.isEmpty()
                ? page.read(FollowUpQuestion.INSTANCE, storage -> FollowUpDate.in(storage)).orElse(null) : null;
        return boards.board(new CountermeasureBoards.Inputs(countermeasures, rows, byKey, creations, table.warnings(),
                pageId > 0 ? createUrl : "", clock.instant(), unplaced,
                viewer.spaceKey().isEmpty() ? settings.load() : settings.forSpace(viewer.spaceKey()), settingsUrl,
                said, followUp, slo.applying(viewer.spaceKey())), viewer);
    }

    /** The page's follow-up review day, read once per render whichever macro asks. */
    private enum FollowUpQuestion {
        INSTANCE
    }
}
