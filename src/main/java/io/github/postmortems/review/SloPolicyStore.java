package io.github.postmortems.review;

import java.util.Optional;

/**
 * Where the SLO policies live: the site's (the defaults until an administrator saves one) and, for a space that chose
 * its own, the space's. Reading never fails for a stored value that cannot be used: the site's policy, or the
 * defaults, apply instead.
 */
public interface SloPolicyStore {

    /** Every space works by the defaults: for tests and for code that has no store. */
    SloPolicyStore DEFAULTS = new SloPolicyStore() {
        @Override
        public SloPolicy site() {
            return SloPolicy.defaults();
        }

        @Override
        public Optional<SloPolicy> space(String spaceKey) {
            return Optional.empty();
        }

        @Override
        public void saveSite(SloPolicy policy) {
            throw new UnsupportedOperationException("the defaults are not saved");
        }

        @Override
        public void saveSpace(String spaceKey, Optional<SloPolicy> policy) {
            throw new UnsupportedOperationException("the defaults are not saved");
        }
    };

    /** The site's policy; {@link SloPolicy#defaults()} until saved. */
    SloPolicy site();

    /** The space's own policy; empty when the space uses the site's. */
    Optional<SloPolicy> space(String spaceKey);

    void saveSite(SloPolicy policy);

    /** @param policy the space's own policy; empty to use the site's again */
    void saveSpace(String spaceKey, Optional<SloPolicy> policy);

    /** The policy a space works by. */
    default SloPolicy applying(String spaceKey) {
        return spaceKey == null || spaceKey.isBlank() ? site() : space(spaceKey).orElseGet(this::site);
    }
}
