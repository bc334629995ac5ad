package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class ReviewsOnH2Test extends ReviewsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
