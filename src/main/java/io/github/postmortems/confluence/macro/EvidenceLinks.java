package io.github.postmortems.confluence.macro;

import io.github.postmortems.timeline.Evidence;

import java.util.Optional;

/**
 * Where a page or attachment given as evidence can be followed by the viewer: its path below Confluence's base URL,
 * or empty when it is missing or not theirs to see (the two look the same, so a restricted page's existence does not
 * show). Web links need no answer from here: they are followed as written.
 */
@FunctionalInterface
public interface EvidenceLinks {

    /** Nothing can be followed: every page and file shows as its name. */
    EvidenceLinks NONE = evidence -> Optional.empty();

    Optional<String> pathOf(Evidence evidence);
}
