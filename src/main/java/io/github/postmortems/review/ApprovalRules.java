package io.github.postmortems.review;

import io.github.postmortems.postmortem.Severity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may approve a space's postmortems and how many approvals each severity needs. A space without rules of its own
 * takes the site's; with no approvers named anywhere, anyone who may edit the page may approve (the team reviews its
 * own work until an administrator says otherwise).
 *
 * @param users     user keys or usernames of approvers
 * @param groups    groups whose members approve
 * @param approvals approvals needed by severity rank (1 = most severe); a rank not listed needs what the nearest
 *                  more severe rank listed needs, or one
 */
public record ApprovalRules(Set<String> users, Set<String> groups, Map<Integer, Integer> approvals) {

    /** More would make a review that can never finish on a small team; fewer is no review. */
    public static final int MAX_APPROVALS = 5;
    /** Bounds what a settings form can store. */
    public static final int MAX_APPROVERS = 200;

    public ApprovalRules {
        users = Set.copyOf(users);
        groups = Set.copyOf(groups);
        if (users.size() + groups.size() > MAX_APPROVERS) {
            throw new IllegalArgumentException("at most " + MAX_APPROVERS + " approvers and groups");
        }
        TreeMap<Integer, Integer> sorted = new TreeMap<>();
        approvals.forEach((rank, count) -> {
            if (rank < 1 || count < 1 || count > MAX_APPROVALS) {
                throw new IllegalArgumentException("rank " + rank + " needs 1 to " + MAX_APPROVALS + ": " + count);
            }
            sorted.put(rank, count);
        });
        approvals = Map.copyOf(sorted);
    }

    /** The site's defaults: SEV1 and SEV2 need two approvals, SEV3 and SEV4 one; no approvers named. */
    public static ApprovalRules siteDefaults() {
        return new ApprovalRules(Set.of(), Set.of(), Map.of(1, 2, 2, 2, 3, 1, 4, 1));
    }

    /** The rules a space works by: its own where it has them, else the site's. */
    public static ApprovalRules forSpace(Optional<ApprovalRules> space, ApprovalRules site) {
        return space.orElse(site);
    }

    public int approvalsNeeded(Severity severity) {
        Map.Entry<Integer, Integer> rule = new TreeMap<>(approvals).floorEntry(severity.rank());
        return rule == null ? 1 : rule.getValue();
    }

    public boolean namesApprovers() {
        return !users.isEmpty() || !groups.isEmpty();
    }

    public boolean mayApprove(Person person) {
        if (!person.mayEdit() && !namesApprovers()) {
            return false;
        }
        if (!namesApprovers()) {
            return true;
        }
        if (users.contains(person.userKey()) || users.contains(person.username())) {
            return true;
        }
        for (String group : person.groups()) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
