package io.github.postmortems.review;

import java.util.Optional;

/**
 * Where the approval rules live: the site's (the defaults until an administrator saves some) and, for a space that
 * chose its own, the space's. Reading never fails for a stored value that cannot be used: the site's rules, or the
 * defaults, apply instead.
 */
public interface ApprovalRulesStore {

    /** The site's rules; {@link ApprovalRules#siteDefaults()} until saved. */
    ApprovalRules site();

    /** The space's own rules; empty when the space uses the site's. */
    Optional<ApprovalRules> space(String spaceKey);

    void saveSite(ApprovalRules rules);

    /** @param rules the space's own rules; empty to use the site's again */
    void saveSpace(String spaceKey, Optional<ApprovalRules> rules);

    /** The rules a space works by. */
    default ApprovalRules applying(String spaceKey) {
        return ApprovalRules.forSpace(space(spaceKey), site());
    }
}
