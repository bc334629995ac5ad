package io.github.postmortems.confluence.macro;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import javax.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.HashMap;
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
}
