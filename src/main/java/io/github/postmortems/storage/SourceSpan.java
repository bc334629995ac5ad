package io.github.postmortems.storage;

/**
 * A range of characters in the storage string that was read, {@code [start, end)}, so a later edit can replace just
 * that range and keep the rest of the page as it was.
 */
public record SourceSpan(int start, int end) {

    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a range: " + start + ".." + end);
        }
    }

    public String of(String source) {
        return source.substring(start, end);
    }

    SourceSpan shiftedBy(int offset) {
        return new SourceSpan(start + offset, end + offset);
    }
}
