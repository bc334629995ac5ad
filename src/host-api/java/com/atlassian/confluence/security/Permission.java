package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Host type: a public abstract class implementing Serializable, with static instances VIEW, EDIT, ... and no public
 * or protected constructor (host-signatures confluence.tsv). Only the instances we read are declared; the JVM
 * resolves them as fields of the real class. Here they are distinct instances, as in the host, so tests can tell
 * a VIEW check from an EDIT check.
 */
public abstract class Permission implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Permission() {
        private static final long serialVersionUID = 1L;
    };
    public static final Permission EDIT = new Permission() {
        private static final long serialVersionUID = 1L;
    };
    /** On a space: whether the user administers it (space tools). */
    public static final Permission ADMINISTER = new Permission() {
        private static final long serialVersionUID = 1L;
    };

    private Permission() {
    }
}
