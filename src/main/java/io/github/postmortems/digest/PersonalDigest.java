package io.github.postmortems.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one person's weekly mail holds, grouped by space: their overdue and soon-due countermeasures, and the
 * postmortems waiting for their review or past their follow-up day. At most {@link #MAX_ITEMS} items are listed;
 * the rest are counted.
 */
public final class PersonalDigest {

    /** Enough to act on in a week; a longer mail is not read. */
    public static final int MAX_ITEMS = 50;

    private final Recipient recipient;
    private final LocalDate today;
    private final TreeMap<String, Space> spaces = new TreeMap<>();
    private int items;
    private int left;

    public PersonalDigest(Recipient recipient, LocalDate today) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** One space's part of the mail. */
    public record Space(String key, List<DueCountermeasure> overdue, List<DueCountermeasure> dueSoon,
                        List<WaitingPostmortem> review, List<WaitingPostmortem> followUp) {
    }

    public void add(DueCountermeasure due) {
        if (room()) {
            Space space = space(due.spaceKey());
            (due.due().isBefore(today) ? space.overdue() : space.dueSoon()).add(due);
        }
    }

    public void add(WaitingPostmortem waiting) {
        Space space = spaces.get(waiting.spaceKey());
        if (space != null && (space.review().stream().anyMatch(same(waiting))
                || space.followUp().stream().anyMatch(same(waiting)))) {
            return; // a facilitator who is also an approver hears of it once
        }
        if (room()) {
            space = space(waiting.spaceKey());
            (waiting.reason() == WaitingPostmortem.Reason.WAITING_FOR_REVIEW ? space.review() : space.followUp())
                    .add(waiting);
        }
    }

    private static java.util.function.Predicate<WaitingPostmortem> same(WaitingPostmortem waiting) {
        return other -> other.pageId() == waiting.pageId() && other.reason() == waiting.reason();
    }

    private boolean room() {
        if (items >= MAX_ITEMS) {
            left++;
            return false;
        }
        items++;
        return true;
    }

    private Space space(String key) {
        return spaces.computeIfAbsent(key,
                k -> new Space(k, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    public Recipient recipient() {
        return recipient;
    }

    public LocalDate today() {
        return today;
    }

    public boolean isEmpty() {
        return items == 0;
    }

    /** Items found beyond {@link #MAX_ITEMS}, not listed. */
    public int left() {
        return left;
    }

    /** The spaces in key order, each list in the order it reads best: earliest due first, then by title. */
    public List<Space> spaces() {
        Comparator<DueCountermeasure> byDue = Comparator.comparing(DueCountermeasure::due)
                .thenComparing(DueCountermeasure::pageTitle).thenComparingInt(DueCountermeasure::row);
        Comparator<WaitingPostmortem> byTitle = Comparator.comparing(WaitingPostmortem::pageTitle)
                .thenComparingLong(WaitingPostmortem::pageId);
        List<Space> sorted = new ArrayList<>();
        for (Space space : spaces.values()) {
            sorted.add(new Space(space.key(), space.overdue().stream().sorted(byDue).toList(),
                    space.dueSoon().stream().sorted(byDue).toList(), space.review().stream().sorted(byTitle).toList(),
                    space.followUp().stream().sorted(byTitle).toList()));
        }
        return sorted;
    }
}
