package io.github.postmortems.postmortem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags in the form Confluence accepts as labels: lower case, no white space, none of {@code :;,.?&[]()#^*@!<>}.
 * Duplicates are dropped, first order kept.
 */
public record Tags(List<String> values) {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s\\u00A0]+");
    private static final Pattern NOT_IN_LABEL = Pattern.compile("[:;,.?&\\[\\]()#^*@!<>\"'`~|\\\\/{}=+%$]");

    public static final Tags NONE = new Tags(List.of());

    public Tags {
        Set<String> clean = new LinkedHashSet<>();
        for (String value : values) {
            String label = NOT_IN_LABEL.matcher(Text.fold(value)).replaceAll("").replace(' ', '-');
            if (!label.isEmpty()) {
                clean.add(label.length() > 255 ? label.substring(0, 255) : label);
            }
        }
        values = List.copyOf(clean);
    }

    /** Splits what people type ("db, outage; Payments") into tags. */
    public static Tags parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return NONE;
        }
        return new Tags(List.of(SEPARATORS.split(typed.toLowerCase(Locale.ROOT).strip())));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
