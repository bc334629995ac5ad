package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class VouchedByUpgradeOnH2Test extends VouchedByUpgradeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
