package io.github.postmortems.timeline;

import java.util.Objects;

/**
 * What a timeline row points at to show it happened: an address on the web (or on this Confluence), a page named by
 * its space and title, or a file attached to a page. Pages and attachments are kept by name, as the author wrote
 * them, so the macro can ask Confluence where they are for each viewer, and show the name when it cannot.
 */
public sealed interface Evidence {

    /** The name a reader sees when the evidence cannot be followed: the address, the page's title, the file's name. */
    String name();

    /**
     * A link the reader can follow as it is: http(s), mailto or ftp, or a path on this Confluence.
     *
     * @param address the link as written, spaces as {@code %20}, already judged followable
     */
    record Web(String address) implements Evidence {
        public Web {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String name() {
            return address;
        }
    }

    /**
     * @param spaceKey the page's space; "" for the space of the page that names it
     * @param title    the page's title as the author wrote it
     */
    record Page(String spaceKey, String title) implements Evidence {
        public Page {
            spaceKey = spaceKey == null ? "" : spaceKey.strip();
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a page is named by its title");
            }
        }

        @Override
        public String name() {
            return title;
        }
    }

    /**
     * @param fileName the attachment's file name
     * @param page     the page it is attached to; null for the page that names it
     */
    record Attachment(String fileName, Page page) implements Evidence {
        public Attachment {
            if (fileName == null || fileName.isBlank()) {
                throw new IllegalArgumentException("an attachment is named by its file name");
            }
        }

        @Override
        public String name() {
            return fileName;
        }
    }
}
