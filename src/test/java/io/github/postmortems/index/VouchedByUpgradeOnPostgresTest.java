package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class VouchedByUpgradeOnPostgresTest extends VouchedByUpgradeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
