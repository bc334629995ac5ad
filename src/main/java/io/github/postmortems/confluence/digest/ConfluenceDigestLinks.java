package io.github.postmortems.confluence.digest;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.github.postmortems.confluence.admin.PluginSettingsDigestStore;
import io.github.postmortems.digest.DigestLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The digest's links on the site's canonical base URL: a mail is read outside any request to Confluence. */
public class ConfluenceDigestLinks implements DigestLinks {

    /** The stop page's servlet, relative to the site (atlassian-plugin.xml, "digest-stop-servlet"). */
    public static final String STOP_PATH = "/plugins/servlet/postmortems/digest";

    private final ApplicationProperties application;
    private final PluginSettingsDigestStore store;

    public ConfluenceDigestLinks(ApplicationProperties application, PluginSettingsDigestStore store) {
        this.application = application;
        this.store = store;
    }

    private String base() {
        return application.getBaseUrl(UrlMode.CANONICAL).replaceAll("/+$", "");
    }

    @Override
    public String page(long pageId) {
        return base() + "/pages/viewpage.action?pageId=" + pageId;
    }

    @Override
    public String stop(String userKey) {
        return base() + STOP_PATH + "?user=" + URLEncoder.encode(userKey, StandardCharsets.UTF_8) + "&token="
                + store.tokens().token(userKey);
    }
}
