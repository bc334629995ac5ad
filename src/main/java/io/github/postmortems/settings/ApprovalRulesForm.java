package io.github.postmortems.settings;

import io.github.postmortems.review.ApprovalRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "Review and sign-off" fields as typed: approvers and approver groups (one a line or comma separated) and the
 * approvals each severity needs. Names are kept as typed; only their shape is checked (the directory may not know a
 * group yet).
 *
 * @param users     usernames or user keys, one a line or comma separated
 * @param groups    group names, likewise
 * @param approvals SEV1..SEV4 to the number typed
 */
public record ApprovalRulesForm(String users, String groups, Map<String, String> approvals) {

    public static final List<String> SEVERITY_CODES = List.of("SEV1", "SEV2", "SEV3", "SEV4");
    /** Longest name kept: Confluence's own limit for usernames and group names. */
    public static final int MAX_NAME_LENGTH = 255;
    /** Longest list read at all: more than the most approvers allowed could ever need. */
    public static final int MAX_LIST_LENGTH = (MAX_NAME_LENGTH + 2) * ApprovalRules.MAX_APPROVERS;

    public ApprovalRulesForm {
        users = users == null ? "" : users;
        groups = groups == null ? "" : groups;
        Map<String, String> typed = new LinkedHashMap<>();
        if (approvals != null) {
            for (String code : SEVERITY_CODES) {
                String value = approvals.get(code);
                typed.put(code, value == null ? "" : value);
            }
        }
        approvals = Map.copyOf(typed);
    }

    /** The form showing saved rules: names sorted one a line, each severity's approvals. */
    public static ApprovalRulesForm showing(ApprovalRules rules) {
        Map<String, String> approvals = new LinkedHashMap<>();
        for (int rank = 1; rank <= SEVERITY_CODES.size(); rank++) {
            approvals.put(SEVERITY_CODES.get(rank - 1), String.valueOf(
                    rules.approvalsNeeded(new io.github.postmortems.postmortem.Severity(
                            SEVERITY_CODES.get(rank - 1), rank, ""))));
        }
        return new ApprovalRulesForm(String.join("\n", new TreeSet<>(rules.users())),
                String.join("\n", new TreeSet<>(rules.groups())), approvals);
    }

    public String approval(String code) {
        return approvals.getOrDefault(code, "");
    }

    /** The rules typed, or each field's problem. */
    public sealed interface Outcome {
        record Valid(ApprovalRules rules) implements Outcome {
        }

        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    public Outcome check() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> userNames = names("users", users, problems);
        Set<String> groupNames = names("groups", groups, problems);
        if (userNames.size() + groupNames.size() > ApprovalRules.MAX_APPROVERS) {
            problems.add(FieldProblem.of("users", "postmortems.admin.review.error.too-many",
                    String.valueOf(ApprovalRules.MAX_APPROVERS)));
        }
        Map<Integer, Integer> needed = new LinkedHashMap<>();
        for (int rank = 1; rank <= SEVERITY_CODES.size(); rank++) {
            String code = SEVERITY_CODES.get(rank - 1);
            String typed = approval(code).strip();
            int count = typed.matches("[0-9]{1,2}") ? Integer.parseInt(typed) : -1;
            if (count < 1 || count > ApprovalRules.MAX_APPROVALS) {
                problems.add(FieldProblem.of("approvals." + code, "postmortems.admin.review.error.approvals",
                        String.valueOf(ApprovalRules.MAX_APPROVALS)));
            } else {
                needed.put(rank, count);
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        return new Outcome.Valid(new ApprovalRules(userNames, groupNames, needed));
    }

    /** The names in a list, each checked once; a problem names the first bad one. */
    private static Set<String> names(String field, String typed, List<FieldProblem> problems) {
        Set<String> names = new LinkedHashSet<>();
        if (typed.length() > MAX_LIST_LENGTH) {
            problems.add(FieldProblem.of(field, "postmortems.admin.review.error.too-many",
                    String.valueOf(ApprovalRules.MAX_APPROVERS)));
            return names;
        }
        for (String part : typed.split("[,\n]")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                problems.add(FieldProblem.of(field, "postmortems.admin.review.error.too-long",
                        name.substring(0, 20) + "\u2026", String.valueOf(MAX_NAME_LENGTH)));
                return names;
            }
            if (name.chars().anyMatch(Character::isISOControl)) {
                problems.add(FieldProblem.of(field, "postmortems.admin.review.error.control",
                        name.replaceAll("\\p{Cntrl}", "?")));
                return names;
            }
            names.add(name);
        }
        return names;
    }
}
