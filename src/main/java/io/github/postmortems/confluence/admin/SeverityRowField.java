package io.github.postmortems.confluence.admin;

/** One row of the severity mapping on the settings page: the value as saved and the severity it maps to. */
public record SeverityRowField(String value, String severity) {

    /** Whether the row's select shows this severity chosen. */
    public boolean isSeverity(String code) {
        return severity.equals(code);
    }
}
