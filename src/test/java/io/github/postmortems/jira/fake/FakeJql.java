package io.github.postmortems.jira.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JQL for the fake: {@code key in (...)} / {@code issuekey in (...)} and
 * {@code labels = "a" AND labels = "b"}, each with an optional {@code ORDER BY}. Anything else is a syntax error.
 */
sealed interface FakeJql {

    Pattern ORDER_BY = Pattern.compile("(?i)\\s+ORDER\\s+BY\\s+.*$");
    Pattern KEYS_IN = Pattern.compile("(?i)^\\s*(key|issuekey|issue|id)\\s+in\\s*\\((.*)\\)\\s*$");
    Pattern LABEL = Pattern.compile("(?i)^\\s*labels\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s\"]+)\\s*$");

    record KeysIn(String field, List<String> keys) implements FakeJql {
    }

    record AllLabels(List<String> labels) implements FakeJql {
    }

    static Optional<FakeJql> parse(String jql) {
        String query = ORDER_BY.matcher(jql).replaceFirst("");
        Matcher keys = KEYS_IN.matcher(query);
        if (keys.matches()) {
            List<String> list = new ArrayList<>();
            for (String item : keys.group(2).split(",")) {
                String key = unquoted(item.strip());
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                list.add(key.toUpperCase(Locale.ROOT));
            }
            return Optional.of(new KeysIn(keys.group(1), list));
        }
        List<String> labels = new ArrayList<>();
        for (String clause : query.split("(?i)\\s+AND\\s+")) {
            Matcher label = LABEL.matcher(clause);
            if (!label.matches()) {
                return Optional.empty();
            }
            labels.add(unquoted(label.group(1)));
        }
        return Optional.of(new AllLabels(labels));
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
