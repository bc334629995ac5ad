package io.github.postmortems.confluence.jira;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.postmortems.jira.Delivery;
import io.github.postmortems.jira.JiraRequest;
import io.github.postmortems.jira.JiraResponse;
import io.github.postmortems.jira.JiraTransport;
import io.github.postmortems.jira.JiraUnavailable;
import io.github.postmortems.jira.Timeouts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link JiraTransport} through a Confluence application link: the link signs each request (OAuth as the user, or
 * two-legged for background work). When the user has not authorised Confluence at Jira yet, the answer is a 401
 * naming the page where they can, so the client reports it like any refused credential.
 */
final class ApplinkTransport implements JiraTransport {

    private final ApplicationLinkRequestFactory requests;
    private final Timeouts timeouts;

    ApplinkTransport(ApplicationLinkRequestFactory requests, Timeouts timeouts) {
        this.requests = requests;
        this.timeouts = timeouts;
    }

    @Override
    public JiraResponse send(JiraRequest request) throws JiraUnavailable {
        ApplicationLinkRequest call;
        try {
            call = requests.createRequest(Request.MethodType.valueOf(request.method().name()), request.pathAndQuery());
        } catch (CredentialsRequiredException needsConsent) {
            return authoriseFirst(needsConsent.getAuthorisationURI());
        }
        call.setConnectionTimeout((int) timeouts.connect().toMillis());
        call.setSoTimeout((int) timeouts.request().toMillis());
        call.addHeader("Accept", "application/json");
        request.jsonBody().ifPresent(json -> call.setRequestBody(json, "application/json"));
        try {
            return call.execute(new ApplicationLinkResponseHandler<JiraResponse>() {
                @Override
                public JiraResponse credentialsRequired(Response response) {
                    return authoriseFirst(requests.getAuthorisationURI());
                }

                @Override
                public JiraResponse handle(Response response) throws ResponseException {
                    return new JiraResponse(response.getStatusCode(), headers(response), body(response));
                }
            });
        } catch (ResponseException failure) {
            // SAL does not say whether the request left this node: assume it may have reached Jira.
            throw new JiraUnavailable("Jira did not answer through the application link: " + failure.getMessage(),
                    Delivery.OUTCOME_UNKNOWN, failure);
        }
    }

    private static JiraResponse authoriseFirst(URI where) {
        JsonObject body = new JsonObject();
        JsonArray messages = new JsonArray();
        messages.add("Authorise Confluence to act for you in Jira first" + (where == null ? "." : ": " + where));
        body.add("errorMessages", messages);
        return new JiraResponse(401, Map.of(), body.toString());
    }

    /** The body as UTF-8 text, read no further than the largest answer Jira sends. */
    private static String body(Response response) throws ResponseException {
        try (InputStream in = response.getResponseBodyAsStream()) {
            if (in == null) {
                return "";
            }
            byte[] bytes = in.readNBytes(JiraResponse.MAX_BODY_BYTES + 1);
            if (bytes.length > JiraResponse.MAX_BODY_BYTES) {
                throw new ResponseException("Jira's answer is larger than " + JiraResponse.MAX_BODY_BYTES / 1024 / 1024
                        + " MB: not what Jira sends");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResponseException("The answer from Jira broke off: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<String>> headers(Response response) {
        Map<String, List<String>> headers = new HashMap<>();
        Map<String, String> raw = response.getHeaders();
        if (raw != null) {
            raw.forEach((name, value) -> headers.put(name, List.of(value)));
        }
        return headers;
    }
}
