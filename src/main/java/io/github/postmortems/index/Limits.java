package io.github.postmortems.index;

/**
 * Column lengths, within Active Objects' 450-character limit for bounded text, and the one way text is fitted into
 * them. Text from Jira (error bodies, display names) can be longer than a column; it is cut, never rejected.
 */
final class Limits {

    /** {@code <page id>:<row id>}: up to 19 digits, a colon and 40 characters. */
    static final int ROW_KEY = 100;
    /** Any {@link io.github.postmortems.postmortem.IssueKey}: a project key of up to 255 characters, '-', 18 digits. */
    static final int ISSUE_KEY = 450;
    static final int NAME = 255;
    /** A SHA-256 in hex. */
    static final int CLAIM_KEY = 64;
    static final int ENUM = 20;
    static final int ISO_DATE = 10;
    /** {@code yyyyMMdd}. */
    static final int BASIC_DATE = 8;
    static final int ERROR = 450;
    static final int ZONE = 100;
    /** Open countermeasures' due days, {@code 20261103*2,20261201}: later days fold into the last that fits. */
    static final int DUE_DAYS = 450;
    /** A wording hint's excerpt: {@link io.github.postmortems.wording.WordingHint#MAX_EXCERPT} fits. */
    static final int EXCERPT = 450;
    /** Tags as {@code |a|b|}: whole tags that do not fit are left out, never cut. */
    static final int TAGS = 450;

    private static final String ELLIPSIS = "…";

    private Limits() {
    }

    /**
     * {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut, never splitting a surrogate
     * pair; NUL characters are dropped (PostgreSQL refuses them in text). Null stays null.
     */
    static String fit(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.indexOf('\0') < 0 ? text : text.replace("\0", "");
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + ELLIPSIS;
    }
}
