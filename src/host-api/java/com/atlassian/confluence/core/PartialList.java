package com.atlassian.confluence.core;

import java.util.List;

/**
 * Host type (a public class, not final; host-signatures confluence.tsv): one slice of a longer result,
 * {@code int getAvailable()} (all matches) and {@code List<T> getList()} (this slice). Its real constructor is declared
 * so that nothing here can build one in a way the host cannot.
 */
public class PartialList<T> {

    public PartialList(int available, int start, List<T> list) {
        throw new UnsupportedOperationException("host type");
    }

    public int getAvailable() {
        throw new UnsupportedOperationException("host type");
    }

    public List<T> getList() {
        throw new UnsupportedOperationException("host type");
    }
}
