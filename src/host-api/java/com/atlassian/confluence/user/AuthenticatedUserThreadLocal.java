package com.atlassian.confluence.user;

/**
 * Host type (a class): declaration for compiling only, never packaged. Its body does what the host's does, one user
 * per thread, null for nobody signed in: tests and benchmarks sign a user in with {@link #set} instead of replacing
 * the class's static methods through a mock, whose per-call bookkeeping a benchmark would measure as the app's work.
 */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static ConfluenceUser get() {
        return USER.get();
    }
}
