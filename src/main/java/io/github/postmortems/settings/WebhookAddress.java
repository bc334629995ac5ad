package io.github.postmortems.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What an admin pastes into Jira's webhook settings: the address of the plugin's webhook resource
 * ({@code POST /rest/postmortems/1.0/jira/webhook}), the JQL that limits it to tracked issues, and the events it
 * needs. Jira with a Secret field on its webhook form signs each call with the secret, so the address carries none;
 * older Jira can only send the secret in the {@code secret} query parameter, which access logs keep.
 */
public final class WebhookAddress {

    public static final String PATH = "/rest/postmortems/1.0/jira/webhook";
    /** Every issue the plugin creates carries this label. */
    public static final String JQL = "labels = postmortem";

    private WebhookAddress() {
    }

    /** The URL for Jira without signing, secret in the query; "" while there is no secret (every call refused). */
    public static String of(String confluenceBaseUrl, String secret) {
        String signed = signed(confluenceBaseUrl, secret);
        return signed.isEmpty() ? "" : signed + "?secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    /** The URL for Jira that signs its calls (the secret goes into Jira's Secret field); "" while there is none. */
    public static String signed(String confluenceBaseUrl, String secret) {
        if (secret == null || secret.isBlank()) {
            return "";
        }
        String base = confluenceBaseUrl == null ? "" : confluenceBaseUrl.replaceAll("/+$", "");
        return base + PATH;
    }
}
