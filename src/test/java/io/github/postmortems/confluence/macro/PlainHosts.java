package io.github.postmortems.confluence.macro;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.User;
import javax.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The host services a macro view asks for, as plain objects with fixed answers: the benchmarks' stand-in, where a
 * Mockito mock's per-call bookkeeping would be counted as the macros' own work. Nobody is signed in or an admin.
 */
final class PlainHosts implements TimeZoneManager, ApplicationProperties {

    private final TimeZone userZone;
    private final TimeZone siteZone;
    private final Map<UrlMode, String> baseUrls;
    final Users users = new Users();

    PlainHosts(TimeZone userZone, TimeZone siteZone, Map<UrlMode, String> baseUrls) {
        this.userZone = userZone;
        this.siteZone = siteZone;
        this.baseUrls = Map.copyOf(baseUrls);
    }

    @Override
    public TimeZone getUserTimeZone() {
        return userZone;
    }

    @Override
    public TimeZone getDefaultTimeZone() {
        return siteZone;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return baseUrls.get(urlMode);
    }

    @Override
    public String getDisplayName() {
        return "Confluence";
    }

    /** Users known by key and by name. */
    static final class Users implements UserManager {
        private final Map<Object, UserProfile> profiles = new HashMap<>();
        /** Group names by user key. */
        final Map<UserKey, java.util.Set<String>> groups = new HashMap<>();

        void add(Profile profile) {
            profiles.put(profile.getUserKey(), profile);
            profiles.put(profile.getUsername(), profile);
        }

        @Override
        public UserProfile getRemoteUser() {
            return null;
        }

        @Override
        public UserKey getRemoteUserKey() {
            return null;
        }

        @Override
        public UserKey getRemoteUserKey(HttpServletRequest request) {
            return null;
        }

        @Override
        public UserProfile getUserProfile(String username) {
            return username == null ? null : profiles.get(username);
        }

        @Override
        public UserProfile getUserProfile(UserKey userKey) {
            return userKey == null ? null : profiles.get(userKey);
        }

        @Override
        public boolean isSystemAdmin(UserKey userKey) {
            return false;
        }

        @Override
        public boolean isAdmin(UserKey userKey) {
            return false;
        }

        @Override
        public boolean isUserInGroup(UserKey userKey, String group) {
            return groups.getOrDefault(userKey, java.util.Set.of()).contains(group);
        }
    }

    record Profile(UserKey getUserKey, String getUsername, String getFullName, URI getProfilePageUri)
            implements UserProfile {
        @Override
        public String getEmail() {
            return getUsername + "@example.com";
        }
    }

    /**
     * Jira linked as the primary application link and found by nothing else, as the mocks set it up; and a permission
     * manager that grants nothing, as an unstubbed mock answers: nobody here may edit.
     */
    static final class Links implements ApplicationLinkService, PermissionManager {
        private final ApplicationLink jira;

        Links(URI displayUrl, String name) {
            this.jira = new ApplicationLink() {
                @Override
                public ApplicationId getId() {
                    return null;
                }

                @Override
                public String getName() {
                    return name;
                }

                @Override
                public URI getDisplayUrl() {
                    return displayUrl;
                }

                @Override
                public URI getRpcUrl() {
                    return displayUrl;
                }

                @Override
                public boolean isPrimary() {
                    return true;
                }

                @Override
                public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
                    return null;
                }

                @Override
                public ApplicationLinkRequestFactory createNonImpersonatingAuthenticatedRequestFactory() {
                    return null;
                }
            };
        }

        @Override
        public ApplicationLink getApplicationLink(ApplicationId id) {
            return null;
        }

        @Override
        public Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type) {
            return List.of(); // the mocks list none either: links are found as the primary
        }

        @Override
        public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
            return type == JiraApplicationType.class ? jira : null;
        }

        @Override
        public boolean hasPermission(User user, Permission permission, Object target) {
            return false;
        }

        @Override
        public boolean hasCreatePermission(User user, Object container, Class typeToCreate) {
            return false;
        }
    }
}
