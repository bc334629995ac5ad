package io.github.postmortems.confluence.macro;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Incident times as a viewer reads them: in their own time zone, with the incident's zone on hover (or beside the
 * time in static output) whenever the two differ at that moment.
 */
final class Moments {

    private final Viewer viewer;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zoneName;

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
        String reading = viewer.text("postmortems.macros.time.incident-zone",
                dateTime.format(there) + " " + zoneName.format(there), incidentZone.getId());
        return viewer.staticOutput()
                ? new Link(text + " (" + reading + ")", "", "", "")
                : new Link(text, "", reading, "pm-has-hint");
    }
}
