package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.report.CountermeasureCounts;
import io.github.postmortems.report.DueDates;
import io.github.postmortems.report.Counted;
import io.github.postmortems.report.Generation;
import io.github.postmortems.report.Middle;
import io.github.postmortems.report.MonthlyCount;
import io.github.postmortems.report.PostmortemIndex;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Sort;
import io.github.postmortems.report.Statistics;
import io.github.postmortems.report.Write;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@link PostmortemIndex} in Active Objects. Each method is one transaction and hands out records, never entities.
 * Statistics are aggregate queries: sums and counts in one, each median one sorted query handing over the values
 * around the middle (kept, so later writes can move it), a grouped count per chart month on the start's index, and
 * the due days read only of rows with one before today. Every write takes the {@link ListGenerationEntity generation}
 * first, replaces it in the same transaction and numbers the row it leaves with the generation's new count, so the
 * pages written since a generation are one indexed query; the writes this index made are remembered, each page as it
 * was and as it is, so a list on this node can apply them to numbers it counted before.
 */
public final class AoPostmortemIndex implements PostmortemIndex {

    /** {@link PostmortemEntity#getSeverityOrder()} of a postmortem without a severity: after every real rank. */
    static final int UNKNOWN_SEVERITY = 1_000_000;

    private static final String NO_TAGS = "|";

    private final ActiveObjects ao;
    private final RecentWrites recent = new RecentWrites();

    public AoPostmortemIndex(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void upsert(PostmortemSummary summary) {
        Objects.requireNonNull(summary, "summary");
        try {
            recent.remember(ao.executeInTransaction(() -> write(summary)));
        } catch (RuntimeException firstTry) {
            // Another node indexed the same page between our read and our insert; the unique page id refused ours, so
            // the row exists now and a second try updates it.
            try {
                recent.remember(ao.executeInTransaction(() -> write(summary)));
            } catch (RuntimeException secondTry) {
                secondTry.addSuppressed(firstTry);
                throw secondTry;
            }
        }
    }

    @Override
    public void remove(long pageId) {
        recent.remember(ao.executeInTransaction(() -> {
            if (find(pageId).isEmpty()) {
                return null;
            }
            // The generation first, as every write takes it: two writers never wait on each other's rows crosswise,
            // and the row read under its lock is the one removed.
            Step step = nextGeneration();
            PostmortemSummary was = find(pageId).map(AoPostmortemIndex::readable).orElse(null);
            ao.deleteWithSQL(PostmortemEntity.class, PostmortemEntity.PAGE_ID + " = ?", pageId);
            return was == null ? null : new Write(step.before(), step.after(), was, null);
        }));
    }

    @Override
    public Optional<Generation> generation() {
        return Optional.of(ao.executeInTransaction(() -> {
            ListGenerationEntity[] rows = ao.find(ListGenerationEntity.class, Query.select().order("ID ASC"));
            if (rows.length == 0) {
                return new Generation("none", 0);
            }
            return new Generation(tokens(rows), lastWrite(rows));
        }));
    }

    /**
     * In the writing transaction, before the change, so that the new token and the change commit together: the token
     * is replaced first, which holds the generation row until the commit, and the count is raised only then, so the
     * number returned is above every committed write's and below every later one's.
     */
    private Step nextGeneration() {
        String token = Long.toHexString(ThreadLocalRandom.current().nextLong());
        ListGenerationEntity[] rows = ao.find(ListGenerationEntity.class, Query.select().order("ID ASC"));
        if (rows.length == 0) {
            ao.create(ListGenerationEntity.class, new DBParam(ListGenerationEntity.TOKEN, token),
                    new DBParam(ListGenerationEntity.WRITES, 1L));
            return new Step(new Generation("none", 0), new Generation(token + ' ', 1));
        }
        // Read before the lock, so possibly a write behind: a reader then finds no chain through it, never a wrong one.
        String before = tokens(rows);
        for (ListGenerationEntity row : rows) {
            row.setToken(token);
            row.save();
        }
        // Read again under the lock: the count read before it may be another writer's that committed meanwhile.
        ListGenerationEntity[] locked = ao.find(ListGenerationEntity.class, Query.select().order("ID ASC"));
        long next = lastWrite(locked) + 1;
        for (ListGenerationEntity row : locked) {
            row.setWrites(next);
            row.save();
        }
        return new Step(new Generation(before, next - 1), new Generation(tokens(locked), next));
    }

    private static String tokens(ListGenerationEntity[] rows) {
        StringBuilder tokens = new StringBuilder();
        for (ListGenerationEntity row : rows) {
            tokens.append(row.getToken()).append(' ');
        }
        return tokens.toString();
    }

    private static long lastWrite(ListGenerationEntity[] rows) {
        long last = 0;
        for (ListGenerationEntity row : rows) {
            last = Math.max(last, row.getWrites() == null ? 0 : row.getWrites());
        }
        return last;
    }

    @Override
    public Optional<PostmortemSummary> byPage(long pageId) {
        return ao.executeInTransaction(() -> find(pageId).map(AoPostmortemIndex::toRecord));
    }

    @Override
    public List<PostmortemSummary> find(Selection selection, int offset, int limit) {
        Objects.requireNonNull(selection, "selection");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are not negative: " + offset + ", " + limit);
        }
        Optional<Where> where = Where.of(selection);
        if (where.isEmpty() || limit == 0) {
            return List.of();
        }
        Query query = where.get().applyTo(Query.select()).order(order(selection.sort())).offset(offset).limit(limit);
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(PostmortemEntity.class, query))
                .map(AoPostmortemIndex::toRecord)
                .toList());
    }

    @Override
    public void forEachPage(Selection selection, PageVisitor visitor) {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(visitor, "visitor");
        Optional<Where> where = Where.of(selection);
        if (where.isEmpty()) {
            return;
        }
        Query query = where.get().applyTo(Query.select(String.join(", ", "ID", PostmortemEntity.PAGE_ID,
                PostmortemEntity.SPACE_KEY))).order(order(selection.sort()));
        ao.executeInTransaction(() -> {
            ao.stream(PostmortemEntity.class, query, entity -> visitor.page(entity.getPageId(),
                    entity.getSpaceKey()));
            return null;
        });
    }

    @Override
    public Optional<List<Write>> writesBetween(Generation since, Generation now) {
        return recent.between(Objects.requireNonNull(since, "since"), Objects.requireNonNull(now, "now"));
    }

    @Override
    public void forEachPageWrittenSince(Selection selection, Generation since, PageVisitor visitor) {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(visitor, "visitor");
        Optional<Where> where = Where.of(selection);
        if (where.isEmpty()) {
            return;
        }
        // On WRITE_SEQ's index: the few rows written since, not the selection. Two nodes creating the generation at
        // once may both number their write 1, so every such write counts as after a generation of 1.
        Query query = where.get().and(PostmortemEntity.WRITE_SEQ + " > ?", since.lastWrite() <= 1 ? 0
                        : since.lastWrite())
                .applyTo(Query.select(String.join(", ", "ID", PostmortemEntity.PAGE_ID, PostmortemEntity.SPACE_KEY)));
        ao.executeInTransaction(() -> {
            ao.stream(PostmortemEntity.class, query, entity -> visitor.page(entity.getPageId(),
                    entity.getSpaceKey()));
            return null;
        });
    }

    @Override
    public Statistics statistics(Selection selection, LocalDate today, int months, ZoneId zone) {
        return counted(selection, today, months, zone).statistics();
    }

    /**
     * The medians come from the values around the middle, which are kept; they are the numbers of one generation only
     * when no write committed while they were counted (the generation is read before and after), else they are
     * counted again after the next write.
     */
    @Override
    public Counted counted(Selection selection, LocalDate today, int months, ZoneId zone) {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        if (months < 0) {
            throw new IllegalArgumentException("months are not negative: " + months);
        }
        Optional<Where> where = Where.of(selection);
        Middle none = new Middle(0, 0, List.of());
        if (where.isEmpty()) {
            return new Counted(new Statistics(0, null, null, 0, 0, 0, 0, List.of()), none, none);
        }
        YearMonth lastMonth = YearMonth.from(today);
        YearMonth firstMonth = lastMonth.minusMonths(Math.max(0, months - 1L));
        return ao.executeInTransaction(() -> {
            Sums sums = new Sums();
            // Aliases name real columns of the entity: AO reads each result through that column's getter.
            ao.stream(PostmortemEntity.class, where.get().applyTo(Query.select(String.join(", ",
                    "COUNT(ID) AS " + PostmortemEntity.CM_DONE,
                    "SUM(" + PostmortemEntity.CM_TOTAL + ") AS " + PostmortemEntity.CM_TOTAL,
                    "SUM(" + PostmortemEntity.CM_OPEN + ") AS " + PostmortemEntity.CM_OPEN,
                    "SUM(" + PostmortemEntity.CM_DONE_IN_SLO + ") AS " + PostmortemEntity.CM_DONE_IN_SLO,
                    "COUNT(" + PostmortemEntity.TTD_SECONDS + ") AS " + PostmortemEntity.TTD_ORDER,
                    "COUNT(" + PostmortemEntity.TTR_SECONDS + ") AS " + PostmortemEntity.TTR_ORDER))), sums::add);
            if (sums.count == 0) {
                return new Counted(new Statistics(0, null, null, 0, 0, 0, 0, List.of()), none, none);
            }
            Middle detect = window(where.get(), PostmortemEntity.TTD_SECONDS, sums.withDetect);
            Middle resolve = window(where.get(), PostmortemEntity.TTR_SECONDS, sums.withResolve);
            return new Counted(new Statistics(sums.count,
                    detect == null ? median(where.get(), PostmortemEntity.TTD_SECONDS, sums.withDetect)
                            : detect.median(),
                    resolve == null ? median(where.get(), PostmortemEntity.TTR_SECONDS, sums.withResolve)
                            : resolve.median(),
                    sums.countermeasures, sums.open, overdue(where.get(), today), sums.doneWithinSlo,
                    months == 0 ? List.of() : monthly(where.get(), firstMonth, lastMonth, zone)), detect, resolve);
        });
    }

    /**
     * The values of a seconds column around the middle of the {@code known} rows that have one, as the median query
     * sorts them (so the same two middle values); null when rows changed since they were counted.
     */
    private Middle window(Where where, String column, long known) {
        if (known == 0) {
            return new Middle(0, 0, List.of());
        }
        long first = Middle.firstOfWindow(known);
        int length = Middle.lengthOfWindow(known);
        List<Long> values = new ArrayList<>(length);
        ao.stream(PostmortemEntity.class, where.and(column + " IS NOT NULL").applyTo(Query.select("ID, " + column))
                        .order(column + " ASC, ID ASC").offset((int) first).limit(length),
                row -> values.add(PostmortemEntity.TTD_SECONDS.equals(column) ? row.getTtdSeconds()
                        : row.getTtrSeconds()));
        return values.size() == length ? new Middle(known, first, values) : null;
    }

    /**
     * The middle value, or the mean (rounded down) of the two middle values, of a seconds column over the rows that
     * have one: the database sorts and hands over one or two values.
     */
    private Duration median(Where where, String column, long known) {
        if (known == 0) {
            return null;
        }
        List<Long> middle = new ArrayList<>(2);
        ao.stream(PostmortemEntity.class, where.and(column + " IS NOT NULL").applyTo(Query.select("ID, " + column))
                        .order(column + " ASC, ID ASC").offset((int) ((known - 1) / 2)).limit(known % 2 == 0 ? 2 : 1),
                row -> middle.add(PostmortemEntity.TTD_SECONDS.equals(column) ? row.getTtdSeconds()
                        : row.getTtrSeconds()));
        if (middle.isEmpty()) {
            return null; // rows removed since they were counted
        }
        return Duration.ofSeconds(Math.floorDiv(middle.get(0) + middle.get(middle.size() - 1), 2));
    }

    /**
     * Open countermeasures due before {@code today}: only rows whose earliest due day is before it (the column starts
     * with it and basic ISO days sort as text) and rows from before due days were kept are read.
     */
    private long overdue(Where where, LocalDate today) {
        String day = OpenDueColumn.day(today);
        long[] overdue = {0};
        ao.stream(PostmortemEntity.class, where.and("(" + PostmortemEntity.CM_OPEN_DUE + " IS NULL OR "
                                + PostmortemEntity.CM_OPEN_DUE + " < ?)", day)
                        .applyTo(Query.select(String.join(", ", "ID", PostmortemEntity.CM_OPEN_DUE,
                                PostmortemEntity.CM_OVERDUE))),
                row -> overdue[0] += OpenDueColumn.overdue(row.getCmOpenDue(), row.getCmOverdue(), day));
        return overdue[0];
    }

    /** Postmortems per month (in {@code zone}) and severity: one grouped count per month, on the start's index. */
    private List<MonthlyCount> monthly(Where where, YearMonth firstMonth, YearMonth lastMonth, ZoneId zone) {
        List<MonthlyCount> counts = new ArrayList<>();
        for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
            long before = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
            YearMonth counted = month;
            // START_ORDER is the start wherever one is known, and indexed; unknown starts are far below any month.
            ao.stream(PostmortemEntity.class, where.and(PostmortemEntity.START_ORDER + " >= ? AND "
                                    + PostmortemEntity.START_ORDER + " < ?", from, before)
                            .applyTo(Query.select(String.join(", ", PostmortemEntity.SEVERITY_CODE,
                                    PostmortemEntity.SEVERITY_RANK, "COUNT(ID) AS " + PostmortemEntity.CM_TOTAL)))
                            .group(PostmortemEntity.SEVERITY_CODE + ", " + PostmortemEntity.SEVERITY_RANK),
                    row -> counts.add(new MonthlyCount(counted, row.getSeverityCode(), row.getSeverityRank(),
                            row.getCmTotal())));
        }
        return counts.stream()
                .sorted(Comparator.comparing(MonthlyCount::month)
                        .thenComparing(MonthlyCount::severityRank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MonthlyCount::severityCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private Write write(PostmortemSummary summary) {
        Step step = nextGeneration();
        Optional<PostmortemEntity> existing = find(summary.pageId());
        PostmortemSummary was = existing.map(AoPostmortemIndex::readable).orElse(null);
        PostmortemEntity entity = existing.orElseGet(() -> ao.create(PostmortemEntity.class,
                new DBParam(PostmortemEntity.PAGE_ID, summary.pageId()),
                new DBParam(PostmortemEntity.SPACE_KEY, Limits.fit(summary.spaceKey(), Limits.NAME)),
                new DBParam(PostmortemEntity.TITLE, Limits.fit(summary.title(), Limits.NAME)),
                new DBParam(PostmortemEntity.SEVERITY_ORDER, UNKNOWN_SEVERITY),
                new DBParam(PostmortemEntity.STATUS, summary.status().name()),
                new DBParam(PostmortemEntity.START_ORDER, Long.MIN_VALUE),
                new DBParam(PostmortemEntity.TTD_ORDER, -1L),
                new DBParam(PostmortemEntity.TTR_ORDER, -1L),
                new DBParam(PostmortemEntity.TAGS, NO_TAGS),
                new DBParam(PostmortemEntity.CM_TOTAL, 0),
                new DBParam(PostmortemEntity.CM_OPEN, 0),
                new DBParam(PostmortemEntity.CM_DONE, 0),
                new DBParam(PostmortemEntity.CM_OVERDUE, 0),
                new DBParam(PostmortemEntity.CM_DONE_IN_SLO, 0),
                new DBParam(PostmortemEntity.INDEXED_MILLIS, summary.indexedAt().toEpochMilli())));
        entity.setSpaceKey(Limits.fit(summary.spaceKey(), Limits.NAME));
        entity.setTitle(Limits.fit(summary.title(), Limits.NAME));
        entity.setSeverityCode(Limits.fit(summary.severityCode(), Limits.NAME));
        entity.setSeverityRank(summary.severityRank());
        entity.setSeverityOrder(summary.severityRank() == null ? UNKNOWN_SEVERITY
                : Math.min(summary.severityRank(), UNKNOWN_SEVERITY));
        entity.setStatus(summary.status().name());
        entity.setStartMillis(millis(summary.start()));
        entity.setStartOrder(summary.start() == null ? Long.MIN_VALUE : summary.start().toEpochMilli());
        entity.setDetectMillis(millis(summary.detected()));
        entity.setEndMillis(millis(summary.ended()));
        entity.setTtdSeconds(seconds(summary.timeToDetect()));
        entity.setTtdOrder(summary.timeToDetect() == null ? -1 : summary.timeToDetect().toSeconds());
        entity.setTtrSeconds(seconds(summary.timeToResolve()));
        entity.setTtrOrder(summary.timeToResolve() == null ? -1 : summary.timeToResolve().toSeconds());
        entity.setIncidentZone(summary.zone() == null ? null : Limits.fit(summary.zone().getId(), Limits.ZONE));
        entity.setCreatedBy(person(summary.createdBy()));
        entity.setFacilitatedBy(person(summary.facilitatedBy()));
        entity.setContact(person(summary.contact()));
        entity.setTags(tags(summary.tags()));
        CountermeasureCounts counts = summary.countermeasures();
        entity.setCmTotal(counts.total());
        entity.setCmOpen(counts.open());
        entity.setCmDone(counts.done());
        entity.setCmOverdue(counts.overdue(summary.indexedAt().atZone(ZoneOffset.UTC).toLocalDate()));
        entity.setCmOpenDue(OpenDueColumn.write(counts.openDue()));
        entity.setCmDoneInSlo(counts.doneWithinSlo());
        entity.setCmUnsettled(counts.unsettled());
        entity.setFollowUpDay(summary.followUpIfSet().map(LocalDate::toEpochDay).orElse(null));
        entity.setIndexedMillis(summary.indexedAt().toEpochMilli());
        entity.setWriteSeq(step.after().lastWrite());
        entity.save();
        // A row the list reads otherwise than it counts it cannot carry numbers: they are counted again.
        return existing.isPresent() && was == null ? null : new Write(step.before(), step.after(), was,
                toRecord(entity));
    }

    private Optional<PostmortemEntity> find(long pageId) {
        PostmortemEntity[] found = ao.find(PostmortemEntity.class,
                Query.select().where(PostmortemEntity.PAGE_ID + " = ?", pageId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static String order(Sort sort) {
        String tieBreak = ", " + PostmortemEntity.PAGE_ID + " ASC";
        return switch (sort) {
            case START_DESC -> PostmortemEntity.START_ORDER + " DESC" + tieBreak;
            case SEVERITY -> PostmortemEntity.SEVERITY_ORDER + " ASC, " + PostmortemEntity.START_ORDER + " DESC"
                    + tieBreak;
            case TITLE -> PostmortemEntity.TITLE + " ASC" + tieBreak;
            case TIME_TO_DETECT -> PostmortemEntity.TTD_ORDER + " DESC" + tieBreak;
            case TIME_TO_RESOLVE -> PostmortemEntity.TTR_ORDER + " DESC" + tieBreak;
        };
    }

    /**
     * The row as {@link #toRecord} reads it when that is also how the statistics count it; null for a row they count
     * otherwise (a status this version does not know, due days beyond the open countermeasures, an overdue count of
     * indexing above them) or that cannot be read.
     */
    private static PostmortemSummary readable(PostmortemEntity entity) {
        if (!status(entity.getStatus()).name().equals(entity.getStatus())
                || entity.getCmOpenDue() == null && entity.getCmOverdue() > entity.getCmOpen()
                || OpenDueColumn.read(entity.getCmOpenDue(), 0).count() > entity.getCmOpen()) {
            return null;
        }
        try {
            return toRecord(entity);
        } catch (RuntimeException unreadable) {
            return null; // e.g. a zone this JVM does not know: the list fails on it too, counted or not
        }
    }

    private static PostmortemSummary toRecord(PostmortemEntity entity) {
        return new PostmortemSummary(entity.getPageId(), entity.getSpaceKey(), entity.getTitle(),
                entity.getSeverityCode(), entity.getSeverityRank(), status(entity.getStatus()),
                instant(entity.getStartMillis()), instant(entity.getDetectMillis()), instant(entity.getEndMillis()),
                duration(entity.getTtdSeconds()), duration(entity.getTtrSeconds()),
                entity.getIncidentZone() == null ? null : ZoneId.of(entity.getIncidentZone()),
                person(entity.getCreatedBy()), person(entity.getFacilitatedBy()), person(entity.getContact()),
                tags(entity.getTags()),
                new CountermeasureCounts(entity.getCmTotal(), entity.getCmOpen(), entity.getCmDone(),
                        entity.getCmDoneInSlo(), openDue(entity), verified(entity)),
                Instant.ofEpochMilli(entity.getIndexedMillis()),
                entity.getFollowUpDay() == null ? null : LocalDate.ofEpochDay(entity.getFollowUpDay()));
    }

    /** Verified effective: none in a row from before the column; never more than done, so a damaged row reads. */
    private static int verified(PostmortemEntity entity) {
        Integer unsettled = entity.getCmUnsettled();
        return unsettled == null ? 0 : Math.max(0, Math.min(entity.getCmTotal() - unsettled, entity.getCmDone()));
    }

    /**
     * The stored due days; a row from before they were kept reads with its count of indexing, at most its open ones
     * so that a damaged row cannot break the list.
     */
    private static DueDates openDue(PostmortemEntity entity) {
        DueDates due = OpenDueColumn.read(entity.getCmOpenDue(), Math.min(entity.getCmOverdue(), entity.getCmOpen()));
        return due.count() <= entity.getCmOpen() ? due : DueDates.countedWhenIndexed(0);
    }

    /** A status this version does not know (written by a newer one) reads as a draft, not as a failure. */
    private static PostmortemStatus status(String stored) {
        for (PostmortemStatus status : PostmortemStatus.values()) {
            if (status.name().equals(stored)) {
                return status;
            }
        }
        return PostmortemStatus.DRAFT;
    }

    /** {@code |a|b|}; whole tags that would not fit the column are left out. */
    static String tags(Tags tags) {
        StringBuilder joined = new StringBuilder(NO_TAGS);
        for (String tag : tags.values()) {
            if (joined.length() + tag.length() + 1 <= Limits.TAGS) {
                joined.append(tag).append('|');
            }
        }
        return joined.toString();
    }

    private static Tags tags(String stored) {
        return new Tags(Arrays.stream(stored.split("\\|")).filter(tag -> !tag.isEmpty()).toList());
    }

    static String person(UserRef person) {
        if (person == null) {
            return null;
        }
        String stored;
        if (person instanceof UserRef.ByKey byKey) {
            stored = "key:" + byKey.userKey();
        } else if (person instanceof UserRef.ByUsername byUsername) {
            stored = "user:" + byUsername.username();
        } else {
            stored = "name:" + person.fallbackText();
        }
        return Limits.fit(stored, Limits.NAME);
    }

    static UserRef person(String stored) {
        if (stored == null || stored.indexOf(':') < 0) {
            return null;
        }
        String value = stored.substring(stored.indexOf(':') + 1);
        if (value.isBlank()) {
            return null;
        }
        return switch (stored.substring(0, stored.indexOf(':'))) {
            case "key" -> new UserRef.ByKey(value);
            case "user" -> new UserRef.ByUsername(value);
            default -> new UserRef.Named(value);
        };
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static Duration duration(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    /** A selection's WHERE clause and its bound values. */
    private record Where(String clause, List<Object> values) {

        /** Empty when an allow-list is empty: nothing is visible, so there is nothing to ask the database. */
        static Optional<Where> of(Selection selection) {
            if (selection.visibleSpacesIfRestricted().map(Collection::isEmpty).orElse(false)
                    || selection.visiblePageIdsIfRestricted().map(Collection::isEmpty).orElse(false)) {
                return Optional.empty();
            }
            List<String> clauses = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            in(PostmortemEntity.SPACE_KEY, selection.spaceKeys(), clauses, values);
            selection.visibleSpacesIfRestricted().ifPresent(keys -> in(PostmortemEntity.SPACE_KEY, keys, clauses,
                    values));
            selection.visiblePageIdsIfRestricted().ifPresent(ids -> in(PostmortemEntity.PAGE_ID, ids, clauses,
                    values));
            if (!selection.hiddenPageIds().isEmpty()) {
                List<Long> hidden = selection.hiddenPageIds().stream().sorted().toList();
                clauses.add(PostmortemEntity.PAGE_ID + " NOT IN (" + String.join(", ",
                        Collections.nCopies(hidden.size(), "?")) + ")");
                values.addAll(hidden);
            }
            if (!selection.labels().isEmpty()) {
                List<String> likes = new ArrayList<>();
                for (String label : selection.labels().stream().sorted().toList()) {
                    // '!' escapes LIKE's wildcards: labels may hold '_', never '!' or '%'.
                    likes.add(PostmortemEntity.TAGS + " LIKE ? ESCAPE '!'");
                    values.add("%|" + label.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "|%");
                }
                clauses.add("(" + String.join(" OR ", likes) + ")");
            }
            if (selection.minimumSeverityRank() != null) {
                clauses.add(PostmortemEntity.SEVERITY_RANK + " <= ?");
                values.add(selection.minimumSeverityRank());
            }
            in(PostmortemEntity.STATUS, selection.statuses().stream().map(Enum::name).sorted().toList(), clauses,
                    values);
            if (selection.startFrom() != null) {
                clauses.add(PostmortemEntity.START_MILLIS + " >= ?");
                values.add(selection.startFrom().toEpochMilli());
            }
            if (selection.startBefore() != null) {
                clauses.add(PostmortemEntity.START_MILLIS + " < ?");
                values.add(selection.startBefore().toEpochMilli());
            }
            if (selection.followUpDueBy() != null) {
                // As PostmortemSummary#followUpDueBy reads the row: a row without CM_UNSETTLED has none verified.
                clauses.add(PostmortemEntity.FOLLOW_UP_DAY + " <= ? AND (" + PostmortemEntity.CM_UNSETTLED
                        + " IS NULL AND " + PostmortemEntity.CM_TOTAL + " > ? OR " + PostmortemEntity.CM_UNSETTLED
                        + " > ?)");
                values.add(selection.followUpDueBy().toEpochDay());
                values.add(0);
                values.add(0);
            }
            return Optional.of(new Where(String.join(" AND ", clauses), values));
        }

        Where and(String clause, Object... more) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(Arrays.asList(more));
            return new Where(this.clause.isEmpty() ? clause : this.clause + " AND " + clause, all);
        }

        Query applyTo(Query query) {
            return clause.isEmpty() ? query : query.where(clause, values.toArray());
        }

        private static void in(String column, Collection<?> any, List<String> clauses, List<Object> values) {
            if (!any.isEmpty()) {
                clauses.add(column + " IN (" + String.join(", ", Collections.nCopies(any.size(), "?")) + ")");
                values.addAll(any);
            }
        }
    }

    /** The generation a write found and the one it left. */
    private record Step(Generation before, Generation after) {
    }

    /** The last writes this index made, by number, for {@link #writesBetween}. */
    private static final class RecentWrites {

        private static final int KEPT = 256;

        private final Map<Long, Write> byNumber = new LinkedHashMap<>();

        /** After the write's transaction returned; a write that is rolled back later leaves no chain through it. */
        synchronized void remember(Write write) {
            if (write == null) {
                return;
            }
            byNumber.remove(write.after().lastWrite());
            byNumber.put(write.after().lastWrite(), write);
            if (byNumber.size() > KEPT) {
                byNumber.remove(byNumber.keySet().iterator().next());
            }
        }

        synchronized Optional<List<Write>> between(Generation since, Generation now) {
            if (now.lastWrite() <= since.lastWrite() || now.lastWrite() - since.lastWrite() > KEPT) {
                return Optional.empty();
            }
            List<Write> writes = new ArrayList<>();
            Generation at = since;
            for (long number = since.lastWrite() + 1; number <= now.lastWrite(); number++) {
                Write write = byNumber.get(number);
                // Each found what the one before left: tokens are random, so no other history has this chain.
                if (write == null || !write.before().token().equals(at.token())) {
                    return Optional.empty();
                }
                writes.add(write);
                at = write.after();
            }
            return at.equals(now) ? Optional.of(writes) : Optional.empty();
        }
    }

    /** The one row of the sums query. */
    private static final class Sums {

        int count;
        long countermeasures;
        long open;
        long doneWithinSlo;
        long withDetect;
        long withResolve;

        void add(PostmortemEntity row) {
            count = row.getCmDone();
            if (count > 0) {
                countermeasures = row.getCmTotal();
                open = row.getCmOpen();
                doneWithinSlo = row.getCmDoneInSlo();
                withDetect = row.getTtdOrder();
                withResolve = row.getTtrOrder();
            }
        }
    }
}
