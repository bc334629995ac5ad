package com.atlassian.confluence.labels;

import java.io.Serializable;

/**
 * Host type (a class; host-signatures confluence.tsv): a label's namespace. create-content keeps a blueprint's index
 * page label in the namespace named by the blueprint's complete module key.
 */
public class Namespace implements Serializable {

    private static final long serialVersionUID = 1L;

    private Namespace() {
    }

    public static Namespace getNamespace(String prefix) {
        throw new UnsupportedOperationException("host type");
    }
}
