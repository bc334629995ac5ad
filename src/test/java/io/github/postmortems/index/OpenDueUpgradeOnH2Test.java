package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class OpenDueUpgradeOnH2Test extends OpenDueUpgradeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
