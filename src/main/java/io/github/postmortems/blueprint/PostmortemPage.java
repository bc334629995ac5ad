package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.UserRef;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import io.github.postmortems.text.Messages;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page the blueprint creates from a valid wizard: its title and the values of the template's {@code at:var}s
 * ({@code templates/postmortem-page.xml}). Variables whose name ends in {@code Xhtml} are inserted as raw storage
 * format ({@code at:rawxhtml}) and are built by {@link StorageMarkup}; all others are inserted by Confluence as text.
 */
public final class PostmortemPage {

    /** Confluence's limit on page titles. */
    public static final int MAX_PAGE_TITLE = 255;
    static final String TITLE_PREFIX = "Postmortem: ";

    public static final String INCIDENT_TITLE = "incidentTitle";
    public static final String SEVERITY = "severityCode";
    public static final String START = "startTime";
    public static final String DETECT = "detectTimeXhtml";
    public static final String END = "endTimeXhtml";
    public static final String TIME_ZONE = "timeZoneId";
    public static final String INCIDENT_TICKET = "incidentTicketXhtml";
    public static final String MEETING_DATE = "meetingDateXhtml";
    public static final String CONTACT = "contactXhtml";
    public static final String CREATED_BY = "createdByXhtml";
    public static final String FACILITATED_BY = "facilitatedByXhtml";
    public static final String RESPONDERS = "respondersXhtml";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private PostmortemPage() {
    }

    /**
     * {@code Postmortem: <title> (<start date>)}, the date as the responders saw it. A title too long for Confluence
     * is shortened with an ellipsis so the date always shows.
     */
    public static String title(NewPostmortem postmortem) {
        String suffix = " (" + postmortem.start().toLocalDate() + ")";
        int room = MAX_PAGE_TITLE - TITLE_PREFIX.length() - suffix.length();
        String title = postmortem.title();
        if (title.length() > room) {
            int cut = room - 1;
            if (Character.isHighSurrogate(title.charAt(cut - 1))) {
                cut--;
            }
            title = title.substring(0, cut) + "\u2026";
        }
        return TITLE_PREFIX + title + suffix;
    }

    /**
     * The template variables, by name. What the wizard left empty becomes a placeholder saying what to type there (a
     * time, {@code @} and a name, {@code //} for a date), in the creator's language: the editor shows it until typed
     * over, and the reader skips it.
     */
    public static Map<String, String> variables(NewPostmortem postmortem, Optional<UserRef> creator,
                                                Messages messages) {
        return variables(postmortem, creator, messages, List.of());
    }

    /**
     * As {@link #variables(NewPostmortem, Optional, Messages)}, with the rows chosen from the incident in the timeline
     * and countermeasures tables ({@link DraftedRows}); with none, the same page.
     */
    public static Map<String, String> variables(NewPostmortem postmortem, Optional<UserRef> creator,
                                                Messages messages, List<DraftedRows.Chosen> drafted) {
        return variables(postmortem, creator, messages, drafted, List.of());
    }

    /** As above, with the responders chosen from the incident (usernames) on the Responders line. */
    public static Map<String, String> variables(NewPostmortem postmortem, Optional<UserRef> creator,
                                                Messages messages, List<DraftedRows.Chosen> drafted,
                                                List<String> responders) {
        String time = StorageMarkup.placeholder(messages.text("postmortems.blueprint.template.hint.time"));
        String person = StorageMarkup.placeholder(messages.text("postmortems.blueprint.template.hint.person"));
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(INCIDENT_TITLE, postmortem.title());
        vars.put(SEVERITY, postmortem.severity().code());
        vars.put(START, readable(postmortem, postmortem.start()));
        vars.put(DETECT, postmortem.detectIfSet().map(t -> StorageMarkup.escape(readable(postmortem, t))).orElse(time));
        vars.put(END, postmortem.endIfSet().map(t -> StorageMarkup.escape(readable(postmortem, t))).orElse(time));
        vars.put(TIME_ZONE, postmortem.zone().getId());
        vars.put(INCIDENT_TICKET, postmortem.incidentIssueIfSet().map(key -> StorageMarkup.escape(key.toString()))
                .orElse(StorageMarkup.placeholder(messages.text("postmortems.blueprint.template.hint.issue"))));
        vars.put(MEETING_DATE, postmortem.meetingDateIfSet().map(StorageMarkup::date)
                .orElse(StorageMarkup.placeholder(messages.text("postmortems.blueprint.template.hint.date"))));
        vars.put(CONTACT, postmortem.contactIfSet().map(StorageMarkup::mention).orElse(person));
        vars.put(CREATED_BY, creator.map(StorageMarkup::mention).orElse(person));
        vars.put(FACILITATED_BY, postmortem.facilitatorIfSet().map(StorageMarkup::mention).orElse(person));
        vars.put(RESPONDERS, DraftedResponders.xhtml(responders, messages));
        vars.putAll(DraftedRows.variables(drafted, postmortem.zone(), messages));
        return vars;
    }

    /**
     * The local time as people read and retype it, {@code 2026-10-04 15:39}, read in the zone the Time zone row names.
     * Only a time the clocks showed twice (when daylight-saving time ended) adds its offset, {@code 2026-10-25 02:30
     * +02:00}, so the reader takes the hour the responders meant. A local time inside a daylight-saving gap moves
     * forward by the gap's length, as {@link ZonedDateTime#of} does.
     */
    static String readable(NewPostmortem postmortem, LocalDateTime local) {
        ZonedDateTime zoned = ZonedDateTime.of(local, postmortem.zone());
        String text = (zoned.getSecond() == 0 ? MINUTES : SECONDS).format(zoned);
        boolean twice = postmortem.zone().getRules().getValidOffsets(zoned.toLocalDateTime()).size() > 1;
        return twice ? text + " " + zoned.getOffset().getId() : text;
    }
}
