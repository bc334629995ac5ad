package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class CreationLedgerOnH2Test extends CreationLedgerContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
