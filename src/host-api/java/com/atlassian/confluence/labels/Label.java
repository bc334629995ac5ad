package com.atlassian.confluence.labels;

/**
 * Host type (a class): declaration for compiling only, never packaged. Only handed back to LabelManager; its real
 * superclasses and members are not needed here.
 */
public class Label {
}
