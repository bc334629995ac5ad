package io.github.postmortems.confluence.macro;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * Incident times as a viewer reads them: in their own time zone, with the incident's zone on hover (or beside the
 * time in static output) whenever the two differ at that moment.
 */
final class Moments {

    /** Stands for the time in a worded pattern; no translation contains it. */
    private static final String TIME_SLOT = "\u0000time\u0000";

    private final Viewer viewer;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zoneName;
    /** "Incident time: {0} ({1})" for each zone seen, worded once per view instead of once per line. */
    private final Map<ZoneId, String[]> readings = new HashMap<>();

    Moments(Viewer viewer) {
        this.viewer = viewer;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(viewer.locale());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(viewer.locale());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(viewer.locale());
        this.zoneName = DateTimeFormatter.ofPattern("zzz", viewer.locale());
    }

    /** "4 Oct 2026, 17:39 CEST", with the incident's own reading when it differs. */
    Link at(Instant moment, ZoneId incidentZone) {
        ZonedDateTime seen = moment.atZone(viewer.zone());
        String text = dateTime.format(seen) + " " + zoneName.format(seen);
        return withIncidentReading(text, moment, incidentZone);
    }

    /** Time of day only, for consecutive timeline entries on the same day. */
    Link timeOfDay(Instant moment, ZoneId incidentZone) {
        ZonedDateTime seen = moment.atZone(viewer.zone());
        return withIncidentReading(time.format(seen), moment, incidentZone);
    }

    String day(Instant moment) {
        return date.format(moment.atZone(viewer.zone()));
    }

    String zoneOfViewer(Instant moment) {
        return zoneName.format(moment.atZone(viewer.zone()));
    }

    boolean sameDay(Instant a, Instant b) {
        return a.atZone(viewer.zone()).toLocalDate().equals(b.atZone(viewer.zone()).toLocalDate());
    }

    private Link withIncidentReading(String text, Instant moment, ZoneId incidentZone) {
        if (incidentZone == null || incidentZone.getRules().getOffset(moment).equals(viewer.zone().getRules().getOffset(moment))) {
            return new Link(text, "", "", "");
        }
        ZonedDateTime there = moment.atZone(incidentZone);
        String[] around = readings.computeIfAbsent(incidentZone, zone -> viewer.text(
                "postmortems.macros.time.incident-zone", TIME_SLOT, zone.getId()).split(TIME_SLOT, -1));
        String reading = String.join(dateTime.format(there) + " " + zoneName.format(there), around);
        return viewer.staticOutput()
                ? new Link(text + " (" + reading + ")", "", "", "")
                : new Link(text, "", reading, "pm-has-hint");
    }
}
