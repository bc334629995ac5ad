package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class OwnerDuesOnPostgresTest extends OwnerDuesContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
