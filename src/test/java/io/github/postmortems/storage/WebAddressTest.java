package io.github.postmortems.storage;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An evidence link is judged as parsing it as a URI judges it, also where its characters tell it is a plain web
 * address without parsing: 300,000 random links around every prefix and character that matters to the URI grammar
 * (escapes, a second "#", brackets, ports, spaces, non-ASCII, controls).
 */
class WebAddressTest {

    private static final String[] PREFIXES = {"http://", "https://", "HTTPS://", "http:/", "https:", "ftp://",
        "mailto:", "/", "//", "javascript:", "data:", "", "http://[::1]", "https://user@"};
    private static final String ALPHABET = "aZ09.-_~!$&'()*+,;=:@/?#%%%[]{}|\\^`\"<> \t\u00e9\u2028\u0000fF";
    /** What addresses are mostly written with: links drawn from these, with now and then one other character. */
    private static final String ADDRESS = "aZ09.-_~!$&'()*+,;=:@/?fFbcxyz";
    private static final String[] HOSTS = {"https://grafana.example.com", "http://h:8080", "https://a", "http://1.2.3.4",
        "https://x-.y", "http://a..b", "https://h:", "http://:80", "https://", "HTTP://h"};

    @Test
    void judgesEveryLinkAsTheUriParserDoes() {
        Random random = new Random(20261130L);
        int plain = 0;
        for (int round = 0; round < 300_000; round++) {
            StringBuilder link = new StringBuilder();
            if (random.nextBoolean()) {
                link.append(PREFIXES[random.nextInt(PREFIXES.length)]);
                for (int c = random.nextInt(24); c > 0; c--) {
                    link.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            } else {
                link.append(HOSTS[random.nextInt(HOSTS.length)]).append("/?#".charAt(random.nextInt(3)));
                for (int c = random.nextInt(24); c > 0; c--) {
                    int pick = random.nextInt(40);
                    link.append(pick == 0 ? "%4f" : pick == 1 ? "#" : pick == 2 ? "%" : pick == 3 ? "%g0" : pick == 4 ? " "
                            : String.valueOf(ADDRESS.charAt(random.nextInt(ADDRESS.length()))));
                }
                if (random.nextInt(4) == 0) {
                    link.insert(random.nextInt(link.length() + 1), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String typed = link.toString();
            assertEquals(parsed(typed), TimelineReader.followable(typed), () -> "\"" + typed + "\"");
            plain += TimelineReader.plainWebAddress(typed.replace(" ", "%20")) ? 1 : 0;
        }
        assertTrue(plain > 10_000, "the shortcut is taken often enough to be tested: " + plain);
    }

    @Test
    void takesTheAddressesPeopleLinkAsPlain() {
        for (String address : new String[] {"https://grafana.example.com/d/abc?from=now-1h&to=now#panel-2",
            "http://status.example.com:8080/incidents/42", "https://runbooks.example.com/payments%20db"}) {
            assertTrue(TimelineReader.plainWebAddress(address), address);
            assertEquals(Optional.of(address), TimelineReader.followable(address));
        }
    }

    /** How evidence was judged before plain addresses were told by their characters. */
    private static Optional<String> parsed(String link) {
        try {
            URI uri = new URI(link.replace(" ", "%20"));
            return TimelineReader.webLink(uri) ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
