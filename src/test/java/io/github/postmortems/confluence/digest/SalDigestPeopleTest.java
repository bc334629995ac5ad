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
import io.github.postmortems.digest.Recipient;
import io.github.postmortems.postmortem.UserRef;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** People as SAL and Confluence know them: mail address, language with the site's as fallback, view permission. */
@SuppressWarnings("deprecation")
class SalDigestPeopleTest {

    private final UserManager users = mock(UserManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final PageManager pages = mock(PageManager.class);
    private final SalDigestPeople people = new SalDigestPeople(users, locales, accessor, permissions, pages);

    private UserProfile profile(String key, String name, String email) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        when(profile.getFullName()).thenReturn(name);
        when(profile.getEmail()).thenReturn(email);
        return profile;
    }

    @Test
    void findsUsersByKeyAndByUsernameInTheirLanguageOrTheSitesWhenTheyChoseNone() {
        UserProfile ada = profile("k-ada", "Ada", "ada@example.com");
        UserProfile bea = profile("k-bea", "Bea", "bea@example.com");
        when(users.getUserProfile(new UserKey("k-ada"))).thenReturn(ada);
        when(users.getUserProfile("bea")).thenReturn(bea);
        when(locales.getLocale(new UserKey("k-ada"))).thenReturn(Locale.GERMAN);
        when(locales.getApplicationLocale()).thenReturn(Locale.FRENCH);

        assertAll(
                () -> assertEquals(Optional.of(new Recipient("k-ada", "Ada", "ada@example.com", Locale.GERMAN)),
                        people.find(new UserRef.ByKey("k-ada"))),
                () -> assertEquals(Optional.of(new Recipient("k-bea", "Bea", "bea@example.com", Locale.FRENCH)),
                        people.find(new UserRef.ByUsername("bea"))));
    }

    @Test
    void nobodyWithoutAnAddressAnUnknownUserOrATypedNameIsFound() {
        UserProfile noMail = profile("k-x", "X", " ");
        when(users.getUserProfile(new UserKey("k-x"))).thenReturn(noMail);

        assertAll(
                () -> assertEquals(Optional.empty(), people.find(new UserRef.ByKey("k-x"))),
                () -> assertEquals(Optional.empty(), people.find(new UserRef.ByKey("k-unknown"))),
                () -> assertEquals(Optional.empty(), people.find(new UserRef.Named("Platform team"))));
    }

    @Test
    void mayViewAsksConfluenceForTheUserOnTheCurrentPage() {
        ConfluenceUser ada = mock(ConfluenceUser.class);
        Page page = mock(Page.class);
        when(page.isLatestVersion()).thenReturn(true);
        when(page.isCurrent()).thenReturn(true);
        when(accessor.getUserByKey(new UserKey("k-ada"))).thenReturn(ada);
        when(pages.getAbstractPage(7L)).thenReturn(page);
        when(permissions.hasPermission(ada, Permission.VIEW, page)).thenReturn(true);

        assertAll(
                () -> assertTrue(people.mayView("k-ada", 7)),
                () -> assertFalse(people.mayView("k-ada", 8), "no such page"),
                () -> assertFalse(people.mayView("k-gone", 7), "no such user"));
    }

    @Test
    void aGroupsMembersAreItsUsernamesUpToTheLimitAndAnUnknownGroupHasNone() {
        com.atlassian.user.Group leads = mock(com.atlassian.user.Group.class);
        when(accessor.getGroup("sre-leads")).thenReturn(leads);
        when(accessor.getMemberNamesAsList(leads)).thenReturn(java.util.Arrays.asList("alice", " ", null, "bob", "carol"));

        assertAll(
                () -> assertEquals(java.util.List.of(new UserRef.ByUsername("alice"), new UserRef.ByUsername("bob")),
                        people.membersOf("sre-leads", 2)),
                () -> assertEquals(java.util.List.of(), people.membersOf("nobody", 10)));
    }
}
