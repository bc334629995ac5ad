package io.github.postmortems.confluence.rest;

import io.github.postmortems.report.ListParameters;

import java.util.HashMap;
import java.util.Map;

/**
 * The list macro's selection as the list's REST resources (export, more rows) receive it in their query: blank values
 * are left out, so the macro's defaults apply, and no spaces means every space the caller may see.
 */
final class ListRequestParameters {

    private ListRequestParameters() {
    }

    /** A map the caller may add to ({@code columns}, {@code max}) before {@link ListParameters#parse}. */
    static Map<String, String> of(String spaces, String labels, String minSeverity, String status, String from,
                                  String to, String sort) {
        Map<String, String> parameters = new HashMap<>();
        put(parameters, "spaces", spaces == null || spaces.isBlank() ? ListParameters.ALL_SPACES : spaces);
        put(parameters, "labels", labels);
        put(parameters, "minSeverity", minSeverity);
        put(parameters, "status", status);
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "sort", sort);
        return parameters;
    }

    static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }
}
