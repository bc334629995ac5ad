package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class WordingStoreOnPostgresTest extends WordingStoreContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
