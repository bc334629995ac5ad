package io.github.postmortems.digest;

import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The weekly digest: on the administrator's day, from {@link DigestSettings#SEND_FROM} in the site's time zone, each
 * countermeasure owner hears of their overdue countermeasures and those due in the next {@link #SOON_DAYS} days, and
 * each facilitator and approver (named, or a member of an approver group) of the postmortems waiting for review or past their follow-up day. One mail per
 * person, whatever the number of spaces (a section per space): one weekly promise, one place to stop it.
 * <p>
 * The job may run often (hourly); only the first run of the day in a week sends, having claimed the week first, so a
 * crash part-way means some people miss one week rather than anyone hearing twice. A bad record or a refused mail is
 * logged and skipped. The work is bounded: {@link #MAX_DUES} countermeasures, {@link #MAX_WAITING} postmortems,
 * {@link #MAX_RECIPIENTS} mails a week.
 */
public final class WeeklyDigest {

    public static final int SOON_DAYS = 7;
    public static final int MAX_DUES = 5_000;
    public static final int MAX_WAITING = 1_000;
    public static final int MAX_RECIPIENTS = 2_000;
    /** Members of one approver group who hear of a postmortem: a group is for approvers, not a mailing list. */
    public static final int MAX_GROUP_MEMBERS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigest.class);

    /** What a run did. */
    public enum Outcome { OFF, NOT_NOW, ALREADY_SENT, NO_MAIL_SERVER, SENT }

    /**
     * @param week    the ISO week sent, or "" when nothing was sent
     * @param sent    mails handed to the mail server
     * @param failed  mails the server refused, or digests that could not be written
     * @param stopped people who would have received one but stopped it
     */
    public record Report(Outcome outcome, String week, int sent, int failed, int stopped) {

        static Report of(Outcome outcome) {
            return new Report(outcome, "", 0, 0, 0);
        }
    }

    private final DigestSettingsStore settings;
    private final OwnerDues dues;
    private final ReviewQueue reviews;
    private final ApprovalRulesStore approvalRules;
    private final Audience audience;
    private final DigestMail writer;
    private final LocalizedMessages messages;
    private final MailHost mail;
    private final Clock clock;
    private final Supplier<ZoneId> siteZone;

    /** Who may receive the digest: the host's users, their choice to stop it, their view permission. */
    public record Audience(DigestPeople people, DigestOptOuts optOuts) {

        public Audience {
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(optOuts, "optOuts");
        }
    }

    public WeeklyDigest(DigestSettingsStore settings, OwnerDues dues, ReviewQueue reviews,
                        ApprovalRulesStore approvalRules, Audience audience, DigestMail writer,
                        LocalizedMessages messages, MailHost mail, Clock clock, Supplier<ZoneId> siteZone) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dues = Objects.requireNonNull(dues, "dues");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.approvalRules = Objects.requireNonNull(approvalRules, "approvalRules");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
    }

    /** The ISO week of a day, as the store keeps it: {@code 2026-W49}. */
    public static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public Report run() {
        DigestSettings chosen = settings.load();
        if (!chosen.enabled()) {
            return Report.of(Outcome.OFF);
        }
        ZonedDateTime now = clock.instant().atZone(siteZone.get());
        if (now.getDayOfWeek() != chosen.day() || now.toLocalTime().isBefore(DigestSettings.SEND_FROM)) {
            return Report.of(Outcome.NOT_NOW);
        }
        LocalDate today = now.toLocalDate();
        String week = week(today);
        if (settings.lastWeek().filter(week::equals).isPresent()) {
            return Report.of(Outcome.ALREADY_SENT);
        }
        if (!mail.ready()) {
            LOG.warn("Weekly digest {} waits: Confluence has no outgoing mail server; the next run tries again", week);
            return Report.of(Outcome.NO_MAIL_SERVER);
        }
        settings.sentWeek(week);
        Map<String, PersonalDigest> digests = collect(today);
        int sent = 0;
        int failed = 0;
        int stopped = 0;
        for (PersonalDigest digest : digests.values()) {
            Recipient to = digest.recipient();
            if (audience.optOuts().stopped(to.userKey())) {
                stopped++;
                continue;
            }
            try {
                mail.send(writer.write(digest, messages.in(to.locale())));
                sent++;
            } catch (RuntimeException refused) {
                failed++;
                LOG.warn("Weekly digest for user {} not sent: {}", to.userKey(), refused.toString());
            }
        }
        LOG.info("Weekly digest {}: {} sent, {} failed, {} stopped by their recipient", week, sent, failed, stopped);
        return new Report(Outcome.SENT, week, sent, failed, stopped);
    }

    /** Everyone's digest, by user key; nobody with nothing to read. */
    private Map<String, PersonalDigest> collect(LocalDate today) {
        Map<String, PersonalDigest> digests = new TreeMap<>();
        Map<UserRef, Optional<Recipient>> known = new HashMap<>();
        for (DueCountermeasure due : dues.dueBy(today.plusDays(SOON_DAYS), MAX_DUES)) {
            try {
                recipient(due.owner(), known)
                        .filter(to -> audience.people().mayView(to.userKey(), due.pageId()))
                        .flatMap(to -> digestOf(to, today, digests))
                        .ifPresent(digest -> digest.add(due));
            } catch (RuntimeException bad) {
                LOG.warn("Weekly digest: countermeasure {} of page {} skipped: {}", due.row(), due.pageId(),
                        bad.toString());
            }
        }
        Map<String, List<UserRef>> groups = new HashMap<>();
        for (WaitingPostmortem waiting : reviews.waiting(today, MAX_WAITING)) {
            try {
                for (UserRef person : reviewers(waiting, groups)) {
                    recipient(person, known)
                            .filter(to -> audience.people().mayView(to.userKey(), waiting.pageId()))
                            .flatMap(to -> digestOf(to, today, digests))
                            .ifPresent(digest -> digest.add(waiting));
                }
            } catch (RuntimeException bad) {
                LOG.warn("Weekly digest: postmortem page {} skipped: {}", waiting.pageId(), bad.toString());
            }
        }
        digests.values().removeIf(PersonalDigest::isEmpty);
        return digests;
    }

    /**
     * The facilitator and the approvers the space's rules name, one by one and through their groups (at most
     * {@link #MAX_GROUP_MEMBERS} a group). Groups are looked up once a run. With no approvers named, only the
     * facilitator hears of it: "anyone who may edit" is not a list to mail.
     */
    private List<UserRef> reviewers(WaitingPostmortem waiting, Map<String, List<UserRef>> groups) {
        Set<UserRef> people = new LinkedHashSet<>();
        if (waiting.facilitator() != null) {
            people.add(waiting.facilitator());
        }
        ApprovalRules rules = approvalRules.applying(waiting.spaceKey());
        for (String approver : new TreeSet<>(rules.users())) {
            people.add(new UserRef.ByKey(approver));
        }
        for (String group : new TreeSet<>(rules.groups())) {
            people.addAll(groups.computeIfAbsent(group,
                    name -> audience.people().membersOf(name, MAX_GROUP_MEMBERS)));
        }
        return new ArrayList<>(people);
    }

    /** A rule's approver is a user key or a username: the key is tried first. */
    private Optional<Recipient> recipient(UserRef person, Map<UserRef, Optional<Recipient>> known) {
        return known.computeIfAbsent(person, ref -> {
            Optional<Recipient> found = audience.people().find(ref);
            if (found.isEmpty() && ref instanceof UserRef.ByKey byKey) {
                found = audience.people().find(new UserRef.ByUsername(byKey.userKey()));
            }
            return found;
        });
    }

    private static Optional<PersonalDigest> digestOf(Recipient to, LocalDate today, Map<String, PersonalDigest> all) {
        PersonalDigest digest = all.get(to.userKey());
        if (digest == null) {
            if (all.size() >= MAX_RECIPIENTS) {
                return Optional.empty();
            }
            digest = new PersonalDigest(to, today);
            all.put(to.userKey(), digest);
        }
        return Optional.of(digest);
    }
}
