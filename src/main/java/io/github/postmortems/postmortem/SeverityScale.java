package io.github.postmortems.postmortem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ordered list of severity levels, most severe first. */
public record SeverityScale(List<Severity> levels) {

    private static final Pattern LEADING_CODE = Pattern.compile("^([A-Za-z]+)[\\s_-]*([0-9]+)\\b.*");
    /** White space, underscores and hyphens, which a code may be written with or without. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    public SeverityScale {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("A severity scale needs at least one level");
        }
        List<Severity> sorted = new ArrayList<>(levels);
        sorted.sort(Comparator.naturalOrder());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).rank() == sorted.get(i - 1).rank()) {
                throw new IllegalArgumentException("Two levels share rank " + sorted.get(i).rank());
            }
            for (int j = 0; j < i; j++) {
                if (Text.fold(sorted.get(i).code()).equals(Text.fold(sorted.get(j).code()))) {
                    throw new IllegalArgumentException("Two levels share code " + sorted.get(i).code());
                }
            }
        }
        levels = List.copyOf(sorted);
    }

    /** SEV1 (critical) to SEV4 (minor), described by i18n keys. */
    public static SeverityScale defaults() {
        return new SeverityScale(List.of(
                new Severity("SEV1", 1, "postmortems.severity.sev1.description"),
                new Severity("SEV2", 2, "postmortems.severity.sev2.description"),
                new Severity("SEV3", 3, "postmortems.severity.sev3.description"),
                new Severity("SEV4", 4, "postmortems.severity.sev4.description")));
    }

    /**
     * Finds the level people meant: the code in any case and spacing ({@code sev1}, {@code SEV 1}, {@code Sev-1}),
     * also when followed by more words ({@code SEV1 - critical}).
     */
    public Optional<Severity> find(String typed) {
        String visible = Text.withoutInvisibles(typed);
        String folded = withoutSeparators(Text.fold(visible));
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (Severity level : levels) {
            if (withoutSeparators(Text.fold(level.code())).equals(folded)) {
                return Optional.of(level);
            }
        }
        Matcher m = LEADING_CODE.matcher(visible);
        if (m.matches()) {
            String code = (m.group(1) + m.group(2)).toLowerCase(java.util.Locale.ROOT);
            return levels.stream()
                    .filter(level -> withoutSeparators(Text.fold(level.code())).equals(code))
                    .findFirst();
        }
        return Optional.empty();
    }

    private static String withoutSeparators(String text) {
        return SEPARATORS.matcher(text).replaceAll("");
    }

    public Severity mostSevere() {
        return levels.get(0);
    }

    public Severity leastSevere() {
        return levels.get(levels.size() - 1);
    }
}
