package io.github.postmortems.report;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;

import java.time.Duration;
import java.time.Instant;
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
 */
public record PostmortemSummary(long pageId, String spaceKey, String title, String severityCode, Integer severityRank,
                                PostmortemStatus status, Instant start, Instant detected, Instant ended,
                                Duration timeToDetect, Duration timeToResolve, ZoneId zone, UserRef createdBy,
                                UserRef facilitatedBy, UserRef contact, Tags tags, CountermeasureCounts countermeasures,
                                Instant indexedAt) {

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
