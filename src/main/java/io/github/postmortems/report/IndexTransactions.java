package io.github.postmortems.report;

/**
 * Runs one page's index work the way the host needs it off a request thread (in Confluence: inside a transaction,
 * so the page and its body can be read from the database).
 */
@FunctionalInterface
public interface IndexTransactions {

    void run(Runnable work);

    /** No host: the work just runs (tests). */
    static IndexTransactions direct() {
        return Runnable::run;
    }
}
