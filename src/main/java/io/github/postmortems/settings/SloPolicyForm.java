package io.github.postmortems.settings;

import io.github.postmortems.countermeasure.Priority;
import io.github.postmortems.review.SloPolicy;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SLO fields as typed (issue 16, item 6): for each priority, the days a countermeasure of that priority may take
 * to close, counted from the incident's start for the list and from the day its Jira issue is created for the due
 * date it gets when none was agreed.
 *
 * @param days P1..P4 to the number of days typed
 */
public record SloPolicyForm(Map<String, String> days) {

    public static final List<String> PRIORITY_CODES = Priority.DEFAULTS.stream().map(Priority::code).toList();

    public SloPolicyForm {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String code : PRIORITY_CODES) {
            String value = days == null ? null : days.get(code);
            typed.put(code, value == null ? "" : value);
        }
        days = Map.copyOf(typed);
    }

    /** The form showing a policy: each priority's days. */
    public static SloPolicyForm showing(SloPolicy policy) {
        Map<String, String> days = new LinkedHashMap<>();
        for (Priority priority : Priority.DEFAULTS) {
            days.put(priority.code(), policy.periodFor(priority).map(p -> String.valueOf(SloPolicy.days(p)))
                    .orElse(""));
        }
        return new SloPolicyForm(days);
    }

    public String day(String code) {
        return days.getOrDefault(code, "");
    }

    /** The policy typed, or each field's problem. */
    public sealed interface Outcome {
        record Valid(SloPolicy policy) implements Outcome {
        }

        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    public Outcome check() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Period> periods = new LinkedHashMap<>();
        for (String code : PRIORITY_CODES) {
            String typed = day(code).strip();
            int count = typed.matches("[0-9]{1,3}") ? Integer.parseInt(typed) : -1;
            if (count < 1 || count > SloPolicy.LONGEST.getDays()) {
                problems.add(FieldProblem.of("days." + code, "postmortems.slo.error.days",
                        String.valueOf(SloPolicy.LONGEST.getDays())));
            } else {
                periods.put(code, Period.ofDays(count));
            }
        }
        return problems.isEmpty() ? new Outcome.Valid(new SloPolicy(periods)) : new Outcome.Invalid(problems);
    }
}
