package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class CreationLedgerOnPostgresTest extends CreationLedgerContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
