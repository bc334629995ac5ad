package io.github.postmortems.report;

/**
 * A parameter value the list could not use; the list then used the default. The message key takes the parameter's
 * name and the value as arguments.
 */
public record ListWarning(String key, String parameter, String value) {
}
