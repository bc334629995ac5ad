package io.github.postmortems.report;

import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.Pages;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.FollowUpDate;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.postmortem.MeetingDetails;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.wording.WordingDetector;
import io.github.postmortems.wording.WordingReport;
import io.github.postmortems.wording.WordingStore;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.digest.DueCountermeasure;
import io.github.postmortems.digest.OwnerDues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one page's entry in the postmortem index in step with the page: read it as it is now and store its summary,
 * or forget it when it is gone or no longer a postmortem. Idempotent, so a retry or a rebuild may run it again.
 * Times typed without a zone are read in the clock's zone. Due days are kept, not judged: the list counts overdue on
 * the reader's day.
 */
public final class IndexPostmortemPage {

    /** What indexing a page did. */
    public enum Outcome {
        /** The page's summary was stored. */
        INDEXED,
        /** The page has no postmortem-details table; any entry it had was removed. */
        NOT_A_POSTMORTEM,
        /** The page does not exist (any more); any entry it had was removed. */
        GONE
    }

    private final Pages pages;
    private final StorageReader reader;
    private final TrackedIssues trackedIssues;
    private final PostmortemIndex index;
    private final JiraSettingsStore settings;
    private final Clock clock;
    private final WordingStore wording;
    private final OwnerDues dues;
    private final SloPolicyStore slo;
    private final WordingDetector detector = new WordingDetector();

    /** Indexing that keeps no wording hints: for the list's own tests and benchmarks. */
    public IndexPostmortemPage(Pages pages, StorageReader reader, TrackedIssues trackedIssues, PostmortemIndex index,
                               JiraSettingsStore settings, Clock clock) {
        this(pages, reader, trackedIssues, index, settings, clock, WordingStore.NOT_KEPT);
    }

    public IndexPostmortemPage(Pages pages, StorageReader reader, TrackedIssues trackedIssues, PostmortemIndex index,
                               JiraSettingsStore settings, Clock clock, WordingStore wording) {
        this(pages, reader, trackedIssues, index, settings, clock, wording, OwnerDues.NOT_KEPT,
                SloPolicyStore.DEFAULTS);
    }

    /** Without the weekly digest's table: for the tests of what indexing counts. */
    public IndexPostmortemPage(Pages pages, StorageReader reader, TrackedIssues trackedIssues, PostmortemIndex index,
                               JiraSettingsStore settings, Clock clock, WordingStore wording, SloPolicyStore slo) {
        this(pages, reader, trackedIssues, index, settings, clock, wording, OwnerDues.NOT_KEPT, slo);
    }

    /** By the site's default SLO policy: for the tests of the weekly digest's table. */
    public IndexPostmortemPage(Pages pages, StorageReader reader, TrackedIssues trackedIssues, PostmortemIndex index,
                               JiraSettingsStore settings, Clock clock, WordingStore wording, OwnerDues dues) {
        this(pages, reader, trackedIssues, index, settings, clock, wording, dues, SloPolicyStore.DEFAULTS);
    }

    /**
     * @param dues where the open countermeasures with an owner and a due day go, for the weekly digest
     * @param slo  the spaces' SLO policies, by which "closed within SLO" is counted
     */
    public IndexPostmortemPage(Pages pages, StorageReader reader, TrackedIssues trackedIssues, PostmortemIndex index,
                               JiraSettingsStore settings, Clock clock, WordingStore wording, OwnerDues dues,
                               SloPolicyStore slo) {
        this.slo = Objects.requireNonNull(slo, "slo");
        this.wording = Objects.requireNonNull(wording, "wording");
        this.dues = Objects.requireNonNull(dues, "dues");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.trackedIssues = Objects.requireNonNull(trackedIssues, "trackedIssues");
        this.index = Objects.requireNonNull(index, "index");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome index(long pageId) {
        Optional<Pages.PageContent> page = pages.read(pageId);
        if (page.isEmpty()) {
            forget(pageId);
            return Outcome.GONE;
        }
        Pages.PageContent content = page.get();
        PageReading reading = reader.readPage(content.storage(),
                ReadingContext.inZone(clock.getZone()).withPageTitle(content.title()));
        Map<IssueKey, TrackedIssue> tracked = tracked(pageId, reading);
        Optional<PostmortemSummary> summary = Summaries.of(pageId, content.spaceKey(), content.title(), reading,
                tracked, clock.instant(), slo.applying(content.spaceKey()))
                .map(read -> read.withFollowUp(FollowUpDate.in(content.storage()).orElse(null)));
        if (summary.isEmpty()) {
            index.remove(pageId);
            wording.remove(pageId);
            dues.remove(pageId);
            return Outcome.NOT_A_POSTMORTEM;
        }
        index.upsert(summary.get());
        wording.replace(pageId, detector.check(content.storage(), people(reading)));
        dues.replace(pageId, owned(summary.get(), reading, tracked));
        return Outcome.INDEXED;
    }

    /** The page was deleted or trashed: its entry goes, and so do its tracked issues (nobody reads them there). */
    public void forget(long pageId) {
        index.remove(pageId);
        wording.remove(pageId);
        dues.remove(pageId);
        trackedIssues.forgetPage(pageId);
    }

    /** The open countermeasures whose owner is a user (not a typed name) and that have a due day, as the list counts. */
    private static List<DueCountermeasure> owned(PostmortemSummary summary, PageReading reading,
                                                 Map<IssueKey, TrackedIssue> tracked) {
        List<DueCountermeasure> owned = new ArrayList<>();
        for (CountermeasureRow row : reading.countermeasures()) {
            Countermeasure countermeasure = row.countermeasure();
            TrackedIssue issue = countermeasure.jiraKeyIfSet().map(tracked::get).orElse(null);
            LocalDate due = Summaries.due(countermeasure, issue);
            if (Summaries.done(countermeasure, issue) || due == null || countermeasure.owner() == null
                    || countermeasure.owner() instanceof UserRef.Named) {
                continue;
            }
            owned.add(new DueCountermeasure(summary.pageId(), summary.spaceKey(), summary.title(),
                    countermeasure.row(), countermeasure.text(), countermeasure.owner(), due,
                    countermeasure.jiraKeyIfSet().map(IssueKey::toString).orElse(null)));
        }
        return owned;
    }

    /**
     * The names the page gives its people, as typed: the wording check recognises them as the subject of a failure.
     * People given as mentions need no name: a mention is a person wherever it stands.
     */
    private static List<String> people(PageReading reading) {
        List<UserRef> refs = new ArrayList<>();
        reading.details().ifPresent(postmortem -> {
            MeetingDetails meeting = postmortem.meeting();
            meeting.contactIfSet().ifPresent(refs::add);
            meeting.createdByIfSet().ifPresent(refs::add);
            meeting.facilitatedByIfSet().ifPresent(refs::add);
        });
        for (CountermeasureRow row : reading.countermeasures()) {
            if (row.countermeasure().owner() != null) {
                refs.add(row.countermeasure().owner());
            }
        }
        List<String> names = new ArrayList<>();
        for (UserRef ref : refs) {
            if (ref instanceof UserRef.Named named) {
                names.add(named.name());
            } else if (ref instanceof UserRef.ByUsername byUsername) {
                names.add(byUsername.username());
            }
        }
        return names;
    }

    /**
     * The page's tracked issues that it may show, plus any such key typed into the page that is tracked under another
     * page. A key typed into a postmortem's countermeasures table starts being tracked here only when it lies in the
     * project the administrator configured for postmortems: any other key would be read with the app's own Jira
     * identity and shown to the page's readers, whatever the person who typed it may see in Jira. Such a key is
     * tracked once someone who may edit the page has read it in Jira as themselves ("Check Jira issues").
     * Issues tracked for the page whose key is no longer in it, or that nobody vouched for, are forgotten; but not an
     * issue the button just created for a row that is still there and waits for its key to be written in.
     */
    private Map<IssueKey, TrackedIssue> tracked(long pageId, PageReading reading) {
        Map<IssueKey, TrackedIssue> onPage = new HashMap<>();
        for (TrackedIssue issue : trackedIssues.byPage(pageId)) {
            onPage.put(issue.key(), issue);
        }
        String project = settings.load().projectKey();
        Map<IssueKey, TrackedIssue> byKey = new HashMap<>();
        Set<IssueKey> keep = new HashSet<>();
        List<CountermeasureRow> rows = reading.countermeasures();
        List<RowRef> refs = RowIds.assign(pageId, rows.stream().map(CountermeasureRow::countermeasure).toList());
        for (int i = 0; i < rows.size(); i++) {
            Optional<IssueKey> typed = rows.get(i).countermeasure().jiraKeyIfSet();
            if (typed.isEmpty() || byKey.containsKey(typed.get())) {
                continue;
            }
            IssueKey key = typed.get();
            boolean inProject = !project.isEmpty() && project.equals(key.projectKey());
            TrackedIssue known = onPage.get(key);
            if (known != null && known.vouched()) {
                byKey.put(key, known);
                keep.add(key);
                continue;
            }
            if (known == null) {
                Optional<TrackedIssue> elsewhere = trackedIssues.byKey(key);
                if (elsewhere.isPresent()) {
                    // Another page's vouch does not hold here; the configured project does.
                    if (inProject) {
                        byKey.put(key, elsewhere.get());
                    }
                    continue;
                }
            }
            if (inProject && reading.details().isPresent()) {
                TrackedIssue linked = known == null
                        ? TrackedIssue.vouched(refs.get(i), key, TrackedIssue.byProject(project))
                        : withVouch(known, TrackedIssue.byProject(project));
                trackedIssues.save(linked);
                byKey.put(key, linked);
                keep.add(key);
            }
        }
        // An issue the button created for a row still on the page without a key is kept: its key is on its way in.
        Set<RowRef> keyless = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).countermeasure().jiraKeyIfSet().isEmpty()) {
                keyless.add(refs.get(i));
            }
        }
        onPage.values().stream()
                .filter(issue -> TrackedIssue.CREATED.equals(issue.vouchedBy()) && keyless.contains(issue.row()))
                .forEach(issue -> keep.add(issue.key()));
        if (!keep.containsAll(onPage.keySet())) {
            trackedIssues.forgetOnPageExcept(pageId, keep);
        }
        return byKey;
    }

    private static TrackedIssue withVouch(TrackedIssue issue, String vouchedBy) {
        return new TrackedIssue(issue.row(), issue.key(), issue.statusName(), issue.category(), issue.assignee(),
                issue.assigneeName(), issue.due(), issue.resolvedAt(), issue.lastSynced(), issue.lastError(),
                vouchedBy);
    }
}
