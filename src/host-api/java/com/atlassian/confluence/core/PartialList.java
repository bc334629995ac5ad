package com.atlassian.confluence.core;

import java.util.List;

/**
 * Host type (a class, not final): declaration for compiling only, never packaged. Verified in decompiled Confluence
 * source found with the search tool (file id 42223309780, package com.atlassian.confluence.core): {@code int getAvailable()} (all matches),
 * {@code List<T> getList()} (this slice).
 */
public class PartialList<T> {

    public int getAvailable() {
        throw new UnsupportedOperationException("host type");
    }

    public List<T> getList() {
        throw new UnsupportedOperationException("host type");
    }
}
