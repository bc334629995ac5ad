package io.github.postmortems.wording;

import java.util.Locale;

/**
 * What a postmortem's wording does that the blameless practice warns against. Stored by name; each has a label and a
 * suggestion in every bundled language ({@link #labelKey()}, {@link #suggestionKey()}).
 */
public enum HintKind {
    /** "would have", "hätte … sollen", "aurait dû": what did not happen, judged in hindsight. */
    COUNTERFACTUAL,
    /** "careless", "forgot to", "fahrlässig", "a oublié de": a judgement of a person instead of a description. */
    BLAME,
    /** "human error", "menschliches Versagen", "erreur humaine": where the analysis stops instead of starting. */
    HUMAN_ERROR,
    /** A named person or @mention as the subject of a failure: "@alice forgot to", "Alice hätte … sollen". */
    PERSON;

    public String labelKey() {
        return "postmortems.macros.details.wording.kind." + slug();
    }

    public String suggestionKey() {
        return "postmortems.macros.details.wording.suggestion." + slug();
    }

    private String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
