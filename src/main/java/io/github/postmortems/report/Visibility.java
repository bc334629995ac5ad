package io.github.postmortems.report;

import java.util.Optional;

/**
 * What one viewer may see, answered by the host. The index knows nothing of permissions; the list asks this for the
 * spaces first (cheap, few) and then for each page it would show or count.
 */
public interface Visibility {

    boolean maySeeSpace(String spaceKey);

    /** Whether the viewer may see the page, page restrictions included. */
    boolean maySeePage(long pageId);

    /**
     * Who is looking, when the answers above are theirs alone: a list remembers one viewer's page checks under it for
     * a short while. Empty: never remembered, every view checks every page.
     */
    default Optional<String> viewer() {
        return Optional.empty();
    }

    /** Everyone sees everything: for tests and for tools that run as the system. */
    Visibility EVERYTHING = new Visibility() {
        @Override
        public Optional<String> viewer() {
            return Optional.of("everything");
        }

        @Override
        public boolean maySeeSpace(String spaceKey) {
            return true;
        }

        @Override
        public boolean maySeePage(long pageId) {
            return true;
        }
    };
}
