package io.github.postmortems.confluence.macro;

import io.github.postmortems.incident.DraftedRowMemory;

import java.util.Set;

/**
 * The fingerprints of the rows drafted into the rendered page (issue 15, item 4), asked of the memory once per render
 * and shared by the page's timeline and countermeasures macros through {@link RenderedPage}.
 */
final class RememberedDrafts {

    /** The question under which the answer is kept in the render; one per page and memory. */
    private record Question(long pageId, DraftedRowMemory memory) {
    }

    private RememberedDrafts() {
    }

    /** Nothing for a page not saved yet (a preview): its lozenges show as written. */
    static Set<String> of(RenderedPage page, DraftedRowMemory memory) {
        long pageId = page.pageId();
        if (pageId <= 0) {
            return Set.of();
        }
        return page.read(new Question(pageId, memory), storage -> memory.prints(pageId));
    }
}
