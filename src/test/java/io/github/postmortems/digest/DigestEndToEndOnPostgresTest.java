package io.github.postmortems.digest;

import io.github.postmortems.index.testing.TestDatabase;

class DigestEndToEndOnPostgresTest extends DigestEndToEndContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
