package io.github.postmortems.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What an admin pastes into Jira's webhook settings: the address of the plugin's webhook resource
 * ({@code POST /rest/postmortems/1.0/jira/webhook}, secret in the {@code secret} query parameter), the JQL that
 * limits it to tracked issues, and the events it needs.
 */
public final class WebhookAddress {

    public static final String PATH = "/rest/postmortems/1.0/jira/webhook";
    /** Every issue the plugin creates carries this label. */
    public static final String JQL = "labels = postmortem";

    private WebhookAddress() {
    }

    /** The URL for Jira; "" while there is no secret (the webhook refuses every call without one). */
    public static String of(String confluenceBaseUrl, String secret) {
        if (secret == null || secret.isBlank()) {
            return "";
        }
        String base = confluenceBaseUrl == null ? "" : confluenceBaseUrl.replaceAll("/+$", "");
        return base + PATH + "?secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }
}
