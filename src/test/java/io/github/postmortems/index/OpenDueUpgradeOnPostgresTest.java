package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class OpenDueUpgradeOnPostgresTest extends OpenDueUpgradeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
