package com.atlassian.confluence.user;

/** Host type (a class): declaration for compiling only, never packaged. */
public class AuthenticatedUserThreadLocal {
    public static ConfluenceUser get() {
        throw new UnsupportedOperationException("host type");
    }
}
