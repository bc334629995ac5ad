package io.github.postmortems.report;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One postmortem page as the index keeps it: what the list macro shows and counts without reading the page. Instants
 * are kept to the millisecond and durations to the second, as stored, so a summary reads back equal to what was saved.
 *
 * @param title         the page's title
 * @param severityCode  e.g. {@code SEV1}; null when the page names none
 * @param severityRank  1 = most severe; null exactly when the code is
 * @param start         null when the page has no incident times
 * @param timeToDetect  detect − start; null when either is missing or out of order
 * @param timeToResolve end − detect; null when either is missing or out of order
 * @param zone          the incident's zone; null when the page has no incident times
 * @param indexedAt     when the page was read
 * @param followUp      the day of the follow-up review the page names; null when it names none (issue 16)
 */
public record PostmortemSummary(long pageId, String spaceKey, String title, String severityCode, Integer severityRank,
                                PostmortemStatus status, Instant start, Instant detected, Instant ended,
                                Duration timeToDetect, Duration timeToResolve, ZoneId zone, UserRef createdBy,
                                UserRef facilitatedBy, UserRef contact, Tags tags, CountermeasureCounts countermeasures,
                                Instant indexedAt, LocalDate followUp) {

    public PostmortemSummary(long pageId, String spaceKey, String title, String severityCode, Integer severityRank,
                             PostmortemStatus status, Instant start, Instant detected, Instant ended,
                             Duration timeToDetect, Duration timeToResolve, ZoneId zone, UserRef createdBy,
                             UserRef facilitatedBy, UserRef contact, Tags tags, CountermeasureCounts countermeasures,
                             Instant indexedAt) {
        this(pageId, spaceKey, title, severityCode, severityRank, status, start, detected, ended, timeToDetect,
                timeToResolve, zone, createdBy, facilitatedBy, contact, tags, countermeasures, indexedAt, null);
    }

    /** The same summary with the page's follow-up review day. */
    public PostmortemSummary withFollowUp(LocalDate day) {
        return new PostmortemSummary(pageId, spaceKey, title, severityCode, severityRank, status, start, detected,
                ended, timeToDetect, timeToResolve, zone, createdBy, facilitatedBy, contact, tags, countermeasures,
                indexedAt, day);
    }

    public Optional<LocalDate> followUpIfSet() {
        return Optional.ofNullable(followUp);
    }

    /**
     * The follow-up review is due by {@code day} (passed, or on or before it) while some countermeasure is neither
     * verified effective nor declined.
     */
    public boolean followUpDueBy(LocalDate day) {
        return followUp != null && !followUp.isAfter(day) && countermeasures.unsettled() > 0;
    }

    public PostmortemSummary {
        if (pageId <= 0) {
            throw new IllegalArgumentException("page ids are positive: " + pageId);
        }
        spaceKey = Text.requireNonBlank(spaceKey, "spaceKey");
        title = Text.requireNonBlank(title, "title");
        if ((severityCode == null) != (severityRank == null)) {
            throw new IllegalArgumentException("a severity has both a code and a rank, or neither");
        }
        if (severityRank != null && severityRank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + severityRank);
        }
        Objects.requireNonNull(status, "status");
        start = millis(start);
        detected = millis(detected);
        ended = millis(ended);
        timeToDetect = seconds(timeToDetect);
        timeToResolve = seconds(timeToResolve);
        tags = tags == null ? Tags.NONE : tags;
        Objects.requireNonNull(countermeasures, "countermeasures");
        indexedAt = millis(Objects.requireNonNull(indexedAt, "indexedAt"));
    }

    public Optional<Instant> startIfKnown() {
        return Optional.ofNullable(start);
    }

    public Optional<Duration> timeToDetectIfKnown() {
        return Optional.ofNullable(timeToDetect);
    }

    public Optional<Duration> timeToResolveIfKnown() {
        return Optional.ofNullable(timeToResolve);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Duration seconds(Duration duration) {
        return duration == null ? null : duration.truncatedTo(ChronoUnit.SECONDS);
    }
}
