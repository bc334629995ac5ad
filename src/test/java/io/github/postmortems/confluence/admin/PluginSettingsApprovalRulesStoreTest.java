package io.github.postmortems.confluence.admin;

import io.github.postmortems.review.ApprovalRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Approval rules in SAL's settings: the site's in the global settings, a space's in its own, and garbled values. */
class PluginSettingsApprovalRulesStoreTest {

    private final MapPluginSettings settings = new MapPluginSettings();
    private final PluginSettingsApprovalRulesStore store = new PluginSettingsApprovalRulesStore(settings);

    private static ApprovalRules strict() {
        return new ApprovalRules(Set.of("alice", "bob"), Set.of("sre-leads"), Map.of(1, 3, 2, 2, 3, 2, 4, 1));
    }

    @Test
    void untilSavedTheSiteHasTheDefaultsAndNoSpaceHasItsOwn() {
        assertEquals(ApprovalRules.siteDefaults(), store.site());
        assertEquals(Optional.empty(), store.space("ENG"));
        assertEquals(ApprovalRules.siteDefaults(), store.applying("ENG"));
    }

    @Test
    void theSitesRulesComeBackAsSavedAndApplyToSpacesWithoutTheirOwn() {
        store.saveSite(strict());

        assertEquals(strict(), store.site());
        assertEquals("alice\nbob", settings.get(PluginSettingsApprovalRulesStore.USERS));
        assertEquals(strict(), store.applying("ENG"));
        assertEquals(Map.of(), settings.byKey.getOrDefault("ENG", new MapPluginSettings()).values);
    }

    @Test
    void aSpacesOwnRulesStayInItsSettingsAndCanBeGivenUpForTheSites() {
        store.saveSpace("ENG", Optional.of(strict()));

        assertEquals(Optional.of(strict()), store.space("ENG"));
        assertEquals(ApprovalRules.siteDefaults(), store.site(), "the site's are untouched");
        assertEquals(Optional.empty(), store.space("OPS"));

        store.saveSpace("ENG", Optional.empty());

        assertEquals(Optional.empty(), store.space("ENG"));
        assertEquals(Map.of(), settings.byKey.get("ENG").values, "nothing of the old rules is left");
    }

    @Test
    void garbledSiteRulesFallBackToTheDefaultsWithoutThrowing() {
        store.saveSite(strict());
        settings.values.put(PluginSettingsApprovalRulesStore.APPROVALS + "SEV2", "lots");

        assertEquals(ApprovalRules.siteDefaults(), store.site());

        store.saveSite(strict());
        settings.values.put(PluginSettingsApprovalRulesStore.USERS, List.of("alice"));

        assertEquals(ApprovalRules.siteDefaults(), store.site(), "a list where text belongs");
    }

    @Test
    void garbledSpaceRulesFallBackToTheSitesWithoutThrowing() {
        store.saveSite(strict());
        store.saveSpace("ENG", Optional.of(ApprovalRules.siteDefaults()));
        settings.byKey.get("ENG").values.put(PluginSettingsApprovalRulesStore.GROUPS, "ops\u0007team");

        assertEquals(Optional.empty(), store.space("ENG"));
        assertEquals(strict(), store.applying("ENG"));

        settings.byKey.get("ENG").values.put(PluginSettingsApprovalRulesStore.GROUPS, "ops");
        settings.byKey.get("ENG").values.put(PluginSettingsApprovalRulesStore.APPROVALS + "SEV1", 9);

        assertEquals(strict(), store.applying("ENG"), "a number where text belongs");
    }
}
