package io.github.postmortems.digest;

import io.github.postmortems.index.testing.TestDatabase;

class DigestEndToEndOnH2Test extends DigestEndToEndContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
