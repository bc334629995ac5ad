package io.github.postmortems.report;

/**
 * What one viewer may see, answered by the host. The index knows nothing of permissions; the list asks this for the
 * spaces first (cheap, few) and then for each page it would show or count.
 */
public interface Visibility {

    boolean maySeeSpace(String spaceKey);

    /** Whether the viewer may see the page, page restrictions included. */
    boolean maySeePage(long pageId);

    /** Everyone sees everything: for tests and for tools that run as the system. */
    Visibility EVERYTHING = new Visibility() {
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
