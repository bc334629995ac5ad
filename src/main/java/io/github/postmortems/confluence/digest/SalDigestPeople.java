package io.github.postmortems.confluence.digest;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.postmortems.confluence.PageLookup;
import io.github.postmortems.digest.DigestPeople;
import io.github.postmortems.digest.Recipient;
import io.github.postmortems.postmortem.UserRef;

import com.atlassian.user.Group;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link DigestPeople} from SAL's users (name, mail address, chosen language; the site's language when they chose
 * none) and Confluence's view permission on the current version of the page.
 */
public class SalDigestPeople implements DigestPeople {

    private final UserManager users;
    private final LocaleResolver locales;
    private final UserAccessor accessor;
    private final PermissionManager permissions;
    private final PageManager pages;

    public SalDigestPeople(UserManager users, LocaleResolver locales, UserAccessor accessor,
                           PermissionManager permissions, PageManager pages) {
        this.users = users;
        this.locales = locales;
        this.accessor = accessor;
        this.permissions = permissions;
        this.pages = pages;
    }

    @Override
    public Optional<Recipient> find(UserRef person) {
        UserProfile profile;
        if (person instanceof UserRef.ByKey byKey) {
            profile = users.getUserProfile(new UserKey(byKey.userKey()));
        } else if (person instanceof UserRef.ByUsername byUsername) {
            profile = users.getUserProfile(byUsername.username());
        } else {
            return Optional.empty();
        }
        if (profile == null || profile.getUserKey() == null || profile.getEmail() == null
                || profile.getEmail().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(profile.getUserKey().getStringValue(), profile.getFullName(),
                profile.getEmail(), locale(profile.getUserKey())));
    }

    private Locale locale(UserKey user) {
        Locale chosen = locales.getLocale(user);
        if (chosen != null) {
            return chosen;
        }
        Locale site = locales.getApplicationLocale();
        return site == null ? Locale.ENGLISH : site;
    }

    @Override
    public List<UserRef> membersOf(String group, int limit) {
        Group found = accessor.getGroup(group);
        if (found == null) {
            return List.of();
        }
        List<String> names = accessor.getMemberNamesAsList(found);
        return names == null ? List.of() : names.stream().filter(name -> name != null && !name.isBlank())
                .limit(limit).<UserRef>map(UserRef.ByUsername::new).toList();
    }

    @Override
    public boolean mayView(String userKey, long pageId) {
        ConfluenceUser user = accessor.getUserByKey(new UserKey(userKey));
        Page page = PageLookup.byId(pages, pageId);
        return user != null && page != null && permissions.hasPermission(user, Permission.VIEW, page);
    }
}
