package io.github.postmortems.jira;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that refuses to go past a number of bytes: it reads at most one byte beyond the limit from the
 * stream it wraps (to tell "exactly the limit" from "more"), then throws {@link TooLarge}. Request bodies from the
 * network are read through it, so an unauthenticated sender cannot make us hold more than the limit.
 */
public final class BoundedInput extends FilterInputStream {

    private final long limit;
    private long count;

    public BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The whole stream as bytes, or {@link TooLarge} once it passes {@code limit}. */
    public static byte[] readAll(InputStream in, int limit) throws IOException {
        try (BoundedInput bounded = new BoundedInput(in, limit)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
            bounded.transferTo(out);
            return out.toByteArray();
        }
    }

    @Override
    public int read() throws IOException {
        checkBelowLimit();
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkBelowLimit();
        int allowed = (int) Math.min(length, limit + 1 - count);
        int n = super.read(buffer, offset, allowed);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkBelowLimit();
        long skipped = super.skip(Math.min(n, limit + 1 - count));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void checkBelowLimit() throws TooLarge {
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }

    private void counted(long n) throws TooLarge {
        count += n;
        checkBelowLimit();
    }

    /** The stream went past its limit; nothing after the first byte beyond it was read. */
    public static final class TooLarge extends IOException {
        public TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }
}
