package io.github.postmortems.confluence.admin;

import io.github.postmortems.blueprint.CreateDialogLink;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.settings.SloPolicyForm;
import io.github.postmortems.settings.ApprovalRulesForm;
import io.github.postmortems.text.Messages;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/postmortems/space-jira?key=ENG}: where a space administrator chooses the space's Jira
 * project, issue type and priorities (space tools, Add-ons). Saving goes through the space settings REST resource,
 * which checks the permission again.
 */
public class SpaceJiraServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE_TEMPLATE = "templates/admin/space-jira.vm";

    private final transient SpaceAdminAccess access;
    private final transient PluginSettingsJiraSettingsStore store;
    private final transient ApplicationProperties application;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUris;
    private final transient ApprovalRulesStore approvalRules;
    private final transient SloPolicyStore slo;
    private final transient Messages messages;

    public SpaceJiraServlet(SpaceAdminAccess access, PluginSettingsJiraSettingsStore store,
                            ApplicationProperties application, TemplateRenderer renderer, LoginUriProvider loginUris,
                            ApprovalRulesStore approvalRules, SloPolicyStore slo, Messages messages) {
        this.approvalRules = approvalRules;
        this.slo = slo;
        this.access = access;
        this.store = store;
        this.application = application;
        this.renderer = renderer;
        this.loginUris = loginUris;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("key");
        switch (access.current(spaceKey)) {
            case ANONYMOUS -> {
                try {
                    String query = request.getQueryString();
                    URI back = new URI(request.getRequestURL() + (query == null ? "" : "?" + query));
                    response.sendRedirect(loginUris.getLoginUri(back).toASCIIString());
                } catch (URISyntaxException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                }
            }
            case NOT_SPACE_ADMIN, NO_SUCH_SPACE -> render(response, HttpServletResponse.SC_FORBIDDEN,
                    AdminServlet.REFUSAL_TEMPLATE, "refusal", new AdminRefusal(
                            messages.text("postmortems.admin.space.title"), messages.text("postmortems.admin.space.refused")));
            case ALLOWED -> render(response, HttpServletResponse.SC_OK, PAGE_TEMPLATE, "page", page(spaceKey));
        }
    }

    SpaceJiraPage page(String spaceKey) {
        String site = application.getBaseUrl(UrlMode.RELATIVE).replaceAll("/+$", "");
        String spaceRest = site + "/rest/postmortems/1.0/admin/space/" + URLEncoder.encode(spaceKey,
                StandardCharsets.UTF_8).replace("+", "%20");
        Optional<ApprovalRules> own = approvalRules.space(spaceKey);
        ReviewRulesSection review = new ReviewRulesSection(
                ApprovalRulesForm.showing(own.orElseGet(approvalRules::site)), true, own.isPresent(),
                spaceRest + "/review", site + AdminPages.RESOURCES + AdminPages.REVIEW_SCRIPT, messages);
        return new SpaceJiraPage(spaceKey, store.space(spaceKey), store.load(), spaceRest + "/jira",
                site + AdminPages.RESOURCES + "postmortems-admin.js", site + AdminPages.RESOURCES + "postmortems-space-jira.js",
                site + AdminPages.RESOURCES + "postmortems-admin.css",
                CreateDialogLink.forJiraAutomation(application.getBaseUrl(UrlMode.CANONICAL), spaceKey), review,
                sloSection(spaceKey, site, spaceRest), messages);
    }

    private SloSection sloSection(String spaceKey, String site, String spaceRest) {
        Optional<SloPolicy> own = slo.space(spaceKey);
        return new SloSection(SloPolicyForm.showing(own.orElseGet(slo::site)), true, own.isPresent(),
                spaceRest + "/slo", site + AdminPages.RESOURCES + SloSection.SCRIPT, messages);
    }

    private void render(HttpServletResponse response, int status, String template, String name, Object model)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, Map.of(name, model), response.getWriter());
    }
}
