package com.atlassian.confluence.labels;

/**
 * Host type (a class): declaration for compiling only, never packaged. Only handed to LabelManager; its real superclasses
 * and members are not needed here. Constructors: host-signatures confluence.tsv.
 */
public class Label {

    /** A global label, such as the blueprint's index key. */
    public Label(String name) {
    }

    /** A label in a namespace, such as create-content's index page label in the blueprint's namespace. */
    public Label(String name, Namespace namespace) {
    }
}
