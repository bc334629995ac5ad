package io.github.postmortems.settings;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTest {

    @Test
    void theAddressIsTheWebhookResourceOnTheCanonicalBaseUrlWithTheSecretInTheQuery() {
        assertEquals("https://wiki.example.com/confluence/rest/postmortems/1.0/jira/webhook?secret=k3Jv9_Qx-2mN8pL4tR7w",
                WebhookAddress.of("https://wiki.example.com/confluence/", "k3Jv9_Qx-2mN8pL4tR7w"));
    }

    @Test
    void theSignedFormsAddressCarriesNoSecret() {
        assertEquals("https://wiki.example.com/confluence/rest/postmortems/1.0/jira/webhook",
                WebhookAddress.signed("https://wiki.example.com/confluence/", "k3Jv9_Qx-2mN8pL4tR7w"));
    }

    @Test
    void noSecretNoAddress() {
        assertEquals("", WebhookAddress.of("https://wiki.example.com", ""));
        assertEquals("", WebhookAddress.signed("https://wiki.example.com", ""));
    }

    @Test
    void generatedSecretsAreThirtyTwoRandomBytesInBase64UrlAndPassTheCheck() {
        WebhookSecrets secrets = new WebhookSecrets();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String secret = secrets.generate();
            assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
            assertTrue(secret.length() >= SettingsCheck.MIN_SECRET_LENGTH);
            seen.add(secret);
        }
        assertEquals(50, seen.size());
    }

    @Test
    void theSignatureIsHmacSha256OfTheRawBodyInJirasHeaderForm() {
        byte[] body = "Hello, World!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"; // computed elsewhere
        assertEquals(header, WebhookSignature.sign("It's a Secret to Everybody", body));
        assertTrue(WebhookSignature.matches("It's a Secret to Everybody", body, header.toUpperCase(java.util.Locale.ROOT)));
        assertFalse(WebhookSignature.matches("It's a Secret to Everybody", body, header.substring(0, 70)));
        assertFalse(WebhookSignature.matches("", body, header), "no secret saved, no signature matches");
    }
}
