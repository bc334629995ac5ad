package io.github.postmortems.report;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.MeetingDetails;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.Verification;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A page's reading turned into the summary the index keeps. */
public final class Summaries {

    /** The SLO of a countermeasure nobody gave a priority: the most lenient default (P3/P4). */
    static final Period UNPRIORITISED_SLO = Period.ofWeeks(8);

    private Summaries() {
    }

    /**
     * The summary of one page, or empty when the page has no postmortem-details table (a timeline or countermeasures
     * table alone does not make a postmortem).
     *
     * @param tracked   what Jira last said about the page's countermeasure issues, by key; rows whose issue is
     *                  missing here count as open
     * @param indexedAt when the page was read
     */
    public static Optional<PostmortemSummary> of(long pageId, String spaceKey, String pageTitle, PageReading reading,
                                                 Map<IssueKey, TrackedIssue> tracked, Instant indexedAt) {
        return of(pageId, spaceKey, pageTitle, reading, tracked, indexedAt, SloPolicy.defaults());
    }

    /** As above, "closed within SLO" judged by {@code slo}, the policy of the page's space (issue 16). */
    public static Optional<PostmortemSummary> of(long pageId, String spaceKey, String pageTitle, PageReading reading,
                                                 Map<IssueKey, TrackedIssue> tracked, Instant indexedAt,
                                                 SloPolicy slo) {
        Objects.requireNonNull(slo, "slo");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(tracked, "tracked");
        if (reading.details().isEmpty()) {
            return Optional.empty();
        }
        Postmortem postmortem = reading.details().get();
        IncidentTimes times = postmortem.timesIfSet().orElse(null);
        MeetingDetails meeting = postmortem.meeting();
        String title = pageTitle == null || pageTitle.isBlank() ? meeting.title() : pageTitle;
        return Optional.of(new PostmortemSummary(pageId, spaceKey, title,
                postmortem.severityIfSet().map(severity -> severity.code()).orElse(null),
                postmortem.severityIfSet().map(severity -> severity.rank()).orElse(null),
                postmortem.status(),
                times == null ? null : times.start(),
                times == null ? null : times.at(Milestone.DETECT).orElse(null),
                times == null ? null : times.at(Milestone.END).orElse(null),
                times == null ? null : times.timeToDetect().orElse(null),
                times == null ? null : times.timeToResolve().orElse(null),
                times == null ? null : times.zone(),
                meeting.createdBy(), meeting.facilitatedBy(), meeting.contact(), postmortem.tags(),
                counts(reading, times, tracked, slo), indexedAt));
    }

    private static CountermeasureCounts counts(PageReading reading, IncidentTimes times,
                                               Map<IssueKey, TrackedIssue> tracked, SloPolicy slo) {
        int total = 0;
        int done = 0;
        List<LocalDate> openDue = new ArrayList<>();
        int doneWithinSlo = 0;
        int verified = 0;
        for (CountermeasureRow row : reading.countermeasures()) {
            if (row.saidIfAny().filter(said -> said.kind() == Verification.Kind.WONT_DO).isPresent()) {
                continue; // declined with a reason: closed without being done, neither open nor overdue nor done
            }
            Countermeasure countermeasure = row.countermeasure();
            TrackedIssue issue = countermeasure.jiraKeyIfSet().map(tracked::get).orElse(null);
            total++;
            if (done(countermeasure, issue)) {
                done++;
                verified += row.saidIfAny().filter(said -> said.kind() == Verification.Kind.VERIFIED).isPresent() ? 1
                        : 0;
                if (issue != null && withinSlo(countermeasure, issue, times, slo)) {
                    doneWithinSlo++;
                }
            } else {
                // Kept, not judged: the list counts it overdue on the day it is read.
                LocalDate due = due(countermeasure, issue);
                if (due != null) {
                    openDue.add(due);
                }
            }
        }
        return new CountermeasureCounts(total, total - done, done, doneWithinSlo, DueDates.of(openDue), verified);
    }

    /** The policy's longest period: a countermeasure nobody gave a priority is held to the most lenient target. */
    static Period lenient(SloPolicy policy) {
        return SloPolicy.lenient(policy);
    }

    /**
     * Whether a countermeasure is done: ticked on the page without an issue (done outside Jira; when is not known), or
     * its issue is in Jira's Done category. The list's counts and the digest's owners both go by this.
     *
     * @param issue what Jira last said about its issue; null when it has none or Jira's answer is not known
     */
    static boolean done(Countermeasure countermeasure, TrackedIssue issue) {
        return countermeasure.doneOutsideJira() || issue != null && issue.category().done();
    }

    /** When an open countermeasure is due: Jira's due date when its issue has one, else the page's; null when none. */
    static LocalDate due(Countermeasure countermeasure, TrackedIssue issue) {
        return issue != null && issue.due() != null ? issue.due() : countermeasure.due();
    }

    /** Resolved no later than the incident's start plus the SLO, counted in the incident's zone (calendar days). */
    private static boolean withinSlo(Countermeasure countermeasure, TrackedIssue issue, IncidentTimes times,
                                     SloPolicy policy) {
        if (times == null || issue.resolvedAt() == null) {
            return false;
        }
        Period slo = countermeasure.priorityIfSet().map(p -> policy.periodFor(p).orElse(p.slo()))
                .orElseGet(() -> lenient(policy));
        Instant deadline = times.start().atZone(times.zone()).plus(slo).toInstant();
        return !issue.resolvedAt().isAfter(deadline);
    }
}
