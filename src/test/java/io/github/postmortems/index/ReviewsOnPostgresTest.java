package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class ReviewsOnPostgresTest extends ReviewsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
