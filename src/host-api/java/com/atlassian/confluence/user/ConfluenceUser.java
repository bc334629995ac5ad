package com.atlassian.confluence.user;

/**
 * Host type (an interface): declaration for compiling only, never packaged. Flattened: {@code getName()} is declared
 * by the super-interface com.atlassian.user.Entity (and java.security.Principal); interface method resolution finds
 * it there at runtime.
 */
public interface ConfluenceUser {
    String getName();
}
