package io.github.postmortems.confluence.report;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.github.postmortems.report.IndexTransactions;

/**
 * {@link IndexTransactions} on SAL's transaction template: the index's worker threads are not request threads, and
 * Confluence reads a page's body lazily, which needs an open session.
 */
public class SalIndexTransactions implements IndexTransactions {

    private final TransactionTemplate transactions;

    public SalIndexTransactions(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    @Override
    public void run(Runnable work) {
        transactions.execute(() -> {
            work.run();
            return null;
        });
    }
}
