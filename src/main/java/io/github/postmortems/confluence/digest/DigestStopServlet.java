package io.github.postmortems.confluence.digest;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.postmortems.confluence.admin.PluginSettingsDigestStore;
import io.github.postmortems.digest.StopTokens;
import io.github.postmortems.text.Messages;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * {@code /plugins/servlet/postmortems/digest}: where a person stops (or resumes) their weekly digest. From the mail's
 * link ({@code ?user=…&token=…}) it works without signing in; opened without them, it shows the signed-in user's own
 * setting (anonymous visitors are sent to log in). Viewing changes nothing: a mail scanner following the link stops
 * no digest. The change is a POST carrying the same token.
 */
public class DigestStopServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/digest/stop.vm";
    static final String STOP = "stop";
    static final String RESUME = "resume";

    private final transient UserManager users;
    private final transient PluginSettingsDigestStore store;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUris;
    private final transient Messages messages;

    public DigestStopServlet(UserManager users, PluginSettingsDigestStore store, TemplateRenderer renderer,
                             LoginUriProvider loginUris, Messages messages) {
        this.users = users;
        this.store = store;
        this.renderer = renderer;
        this.loginUris = loginUris;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        String token = request.getParameter("token");
        StopTokens tokens = store.tokens();
        if (user == null && token == null) {
            UserKey me = users.getRemoteUserKey(request);
            if (me == null) {
                URI back = requested(request);
                if (back == null) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                } else {
                    response.sendRedirect(loginUris.getLoginUri(back).toASCIIString());
                }
                return;
            }
            user = me.getStringValue();
            token = tokens.token(user);
        }
        if (!tokens.matches(user, token)) {
            render(response, HttpServletResponse.SC_FORBIDDEN, invalid(request));
            return;
        }
        render(response, HttpServletResponse.SC_OK, page(request, user, token, ""));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        String token = request.getParameter("token");
        String action = request.getParameter("action");
        if (!store.tokens().matches(user, token)) {
            render(response, HttpServletResponse.SC_FORBIDDEN, invalid(request));
            return;
        }
        String notice;
        if (STOP.equals(action)) {
            store.stop(user);
            notice = messages.text("postmortems.digest.stop.done-stopped");
        } else if (RESUME.equals(action)) {
            store.resume(user);
            notice = messages.text("postmortems.digest.stop.done-resumed");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        render(response, HttpServletResponse.SC_OK, page(request, user, token, notice));
    }

    private DigestStopPage page(HttpServletRequest request, String user, String token, String notice) {
        UserProfile profile = users.getUserProfile(new UserKey(user));
        String name = profile == null || profile.getFullName() == null || profile.getFullName().isBlank()
                ? user : profile.getFullName();
        return new DigestStopPage(true, name, store.stopped(user), !store.load().enabled(), user, token,
                action(request), notice, messages);
    }

    private DigestStopPage invalid(HttpServletRequest request) {
        return new DigestStopPage(false, "", false, false, "", "", action(request), "", messages);
    }

    /** The form posts back here, relative to the site. */
    private static String action(HttpServletRequest request) {
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return context + ConfluenceDigestLinks.STOP_PATH;
    }

    private void render(HttpServletResponse response, int status, DigestStopPage page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // The page carries the person's token: no shared cache keeps it.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        renderer.render(TEMPLATE, Map.of("page", page), response.getWriter());
    }

    private static URI requested(HttpServletRequest request) {
        String query = request.getQueryString();
        try {
            return new URI(request.getRequestURL() + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
