package com.atlassian.mail;

import java.io.Serializable;

/**
 * Host type (host-signatures mail.tsv, atlassian-mail 5.3.0): a mail as the host's mail servers send it. Subset the
 * plugin calls; the setters answer the same mail, as in the host.
 */
public class Email implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String to;
    private String subject;
    private String body;
    private String mimeType;
    private String encoding;

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }
}
