package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class PostmortemIndexOnPostgresTest extends PostmortemIndexContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
