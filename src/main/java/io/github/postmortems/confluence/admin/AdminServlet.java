package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/postmortems/admin}: the Jira settings page for Confluence administrators. Anonymous
 * visitors are sent to log in and back; signed-in users who are not administrators get 403 and a page saying so.
 * Saving and testing go through the admin REST resources.
 */
public class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE_TEMPLATE = "templates/admin/jira-settings.vm";
    static final String REFUSAL_TEMPLATE = "templates/admin/refused.vm";

    private final transient AdminAccess access;
    private final transient AdminPages pages;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUris;

    public AdminServlet(AdminAccess access, AdminPages pages, TemplateRenderer renderer, LoginUriProvider loginUris) {
        this.access = access;
        this.pages = pages;
        this.renderer = renderer;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (access.of(request)) {
            case ANONYMOUS -> {
                Optional<URI> back = requested(request);
                if (back.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                response.sendRedirect(loginUris.getLoginUri(back.get()).toASCIIString());
            }
            case NOT_ADMIN -> render(response, HttpServletResponse.SC_FORBIDDEN, REFUSAL_TEMPLATE, "refusal",
                    pages.refusal());
            case ADMIN -> render(response, HttpServletResponse.SC_OK, PAGE_TEMPLATE, "page", pages.page());
        }
    }

    private void render(HttpServletResponse response, int status, String template, String name, Object model)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // The page shows the webhook secret: no proxy or browser cache keeps a copy.
        response.setHeader("Cache-Control", "no-store");
        renderer.render(template, Map.of(name, model), response.getWriter());
    }

    /** Where to come back after logging in; empty when the address is not a URI (a malformed query string). */
    private static Optional<URI> requested(HttpServletRequest request) {
        String query = request.getQueryString();
        try {
            return Optional.of(new URI(request.getRequestURL() + (query == null ? "" : "?" + query)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
