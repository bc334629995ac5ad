package io.github.postmortems.digest.memory;

import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Approval rules kept in memory: the site's and spaces' own. */
public final class FixedApprovalRules implements ApprovalRulesStore {

    private ApprovalRules site = ApprovalRules.siteDefaults();
    private final Map<String, ApprovalRules> spaces = new HashMap<>();

    @Override
    public ApprovalRules site() {
        return site;
    }

    @Override
    public Optional<ApprovalRules> space(String spaceKey) {
        return Optional.ofNullable(spaces.get(spaceKey));
    }

    @Override
    public void saveSite(ApprovalRules rules) {
        site = rules;
    }

    @Override
    public void saveSpace(String spaceKey, Optional<ApprovalRules> rules) {
        rules.ifPresentOrElse(r -> spaces.put(spaceKey, r), () -> spaces.remove(spaceKey));
    }
}
