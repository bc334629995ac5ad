package com.atlassian.mail;

import java.io.Serializable;

/** Host type (a class; mail.tsv, atlassian-mail 5.3.0): declaration for compiling only, never packaged. Subset. */
public class Email implements Serializable {
    private static final long serialVersionUID = 1L;

    public Email(String to) {
        throw new UnsupportedOperationException("host type");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("host type");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("host type");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("host type");
    }
}
