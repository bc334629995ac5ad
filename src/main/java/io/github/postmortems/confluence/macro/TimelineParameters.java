package io.github.postmortems.confluence.macro;

import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.Parsed;
import io.github.postmortems.timeline.TimeParser;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident-timeline macro's parameters as set in the macro browser. A value that cannot be used is reported
 * and its default taken, so a typo never hides the timeline.
 *
 * @param zone           zone to show times in, instead of the viewer's own; empty for the viewer's
 * @param gapThreshold   silences longer than this are highlighted
 * @param showMilestones whether the details' milestones are merged in
 * @param compact        a denser layout
 */
public record TimelineParameters(Optional<ZoneId> zone, Duration gapThreshold, boolean showMilestones,
                                 boolean compact, List<Warning> warnings) {

    public static final Duration DEFAULT_GAP = Duration.ofMinutes(30);
    private static final long MAX_GAP_MINUTES = 60L * 24 * 30;

    public TimelineParameters {
        warnings = List.copyOf(warnings);
    }

    public static TimelineParameters parse(Map<String, String> parameters) {
        List<Warning> warnings = new ArrayList<>();
        Optional<ZoneId> zone = Optional.empty();
        String typedZone = value(parameters, "timezone");
        if (!typedZone.isEmpty()) {
            Parsed<ZoneId> parsed = TimeParser.parseZone(typedZone);
            if (parsed instanceof Parsed.Read<ZoneId> read) {
                zone = Optional.of(read.readValue());
            } else {
                warnings.add(Warning.of("postmortems.macros.timeline.warning.bad-zone", typedZone));
            }
        }
        Duration gap = DEFAULT_GAP;
        String typedGap = value(parameters, "gapThreshold");
        if (!typedGap.isEmpty()) {
            try {
                long minutes = Long.parseLong(typedGap);
                if (minutes < 1 || minutes > MAX_GAP_MINUTES) {
                    throw new NumberFormatException("out of range");
                }
                gap = Duration.ofMinutes(minutes);
            } catch (NumberFormatException e) {
                warnings.add(Warning.of("postmortems.macros.timeline.warning.bad-gap", typedGap,
                        String.valueOf(DEFAULT_GAP.toMinutes())));
            }
        }
        return new TimelineParameters(zone, gap, !value(parameters, "showMilestones").equalsIgnoreCase("false"),
                value(parameters, "compact").equalsIgnoreCase("true"), warnings);
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null ? "" : value.strip();
    }
}
