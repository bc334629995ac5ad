package com.atlassian.confluence.labels;

/**
 * Host type (an interface; host-signatures confluence.tsv): what LabelManager labels. ContentEntityObject is one
 * (through AbstractLabelableEntityObject and EditableLabelable); no member is called here.
 */
public interface Labelable {
}
