package io.github.postmortems.review;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.Postmortem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The countermeasures' states and the card's numbers as the page read at approval: what "as approved" shows while
 * the live page carries on. Bounded: at most {@link #MAX_LINES} countermeasures of at most {@link #MAX_TEXT}
 * characters each, so one snapshot stays under about 130 KB of JSON even when every character is escaped.
 *
 * @param durations minutes of each duration the times allowed, by name (time-to-detect, ...)
 * @param counts    countermeasures by state
 */
public record ApprovalSnapshot(int pageVersion, List<Line> countermeasures, Map<String, Long> durations,
                               Map<CountermeasureState, Integer> counts, int more) {

    public static final int MAX_LINES = 100;
    public static final int MAX_TEXT = 200;
    private static final Gson GSON = new Gson();

    public ApprovalSnapshot {
        countermeasures = List.copyOf(countermeasures);
        durations = Map.copyOf(durations);
        counts = Map.copyOf(counts);
    }

    /** @param state the countermeasure's state as the page tells it (Jira's answer is not part of the page) */
    public record Line(String text, String state, String due, String jiraKey) {
    }

    /** What the page says at {@code version}. */
    public static ApprovalSnapshot of(int version, Optional<Postmortem> details, List<Countermeasure> read) {
        List<Line> lines = new ArrayList<>();
        Map<CountermeasureState, Integer> counts = new EnumMap<>(CountermeasureState.class);
        for (Countermeasure countermeasure : read) {
            CountermeasureState state = CountermeasureState.of(countermeasure, Optional.empty(), Optional.empty());
            counts.merge(state, 1, Integer::sum);
            if (lines.size() < MAX_LINES) {
                String text = countermeasure.text() == null ? "" : countermeasure.text();
                lines.add(new Line(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "\u2026" : text,
                        state.name(), countermeasure.dueIfSet().map(Object::toString).orElse(""),
                        countermeasure.jiraKeyIfSet().map(Object::toString).orElse("")));
            }
        }
        Map<String, Long> durations = new java.util.LinkedHashMap<>();
        details.flatMap(Postmortem::timesIfSet).ifPresent(times -> {
            put(durations, "time-to-detect", times, IncidentTimes::timeToDetect);
            put(durations, "time-to-hotfix", times, IncidentTimes::timeToHotfix);
            put(durations, "time-to-resolve", times, IncidentTimes::timeToResolve);
            put(durations, "total-impact", times, IncidentTimes::totalImpact);
        });
        return new ApprovalSnapshot(version, lines, durations, counts, Math.max(0, read.size() - lines.size()));
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    /** The snapshot kept; empty for "" or a value this version cannot read. */
    public static Optional<ApprovalSnapshot> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            ApprovalSnapshot read = GSON.fromJson(json, ApprovalSnapshot.class);
            return read == null || read.countermeasures == null || read.durations == null || read.counts == null
                    ? Optional.empty()
                    : Optional.of(new ApprovalSnapshot(read.pageVersion, read.countermeasures, read.durations,
                    read.counts, read.more));
        } catch (JsonParseException | IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    private static void put(Map<String, Long> durations, String name, IncidentTimes times,
                            Function<IncidentTimes, Optional<Duration>> measure) {
        measure.apply(times).ifPresent(duration -> durations.put(name, duration.toMinutes()));
    }
}
