package io.github.postmortems.confluence.report;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalIndexTransactionsTest {

    @Test
    void runsTheWorkInsideTheHostsTransaction() {
        List<String> happened = new ArrayList<>();
        TransactionTemplate template = new TransactionTemplate() {
            @Override
            public <T> T execute(TransactionCallback<T> callback) {
                happened.add("begin");
                T result = callback.doInTransaction();
                happened.add("commit");
                return result;
            }
        };

        new SalIndexTransactions(template).run(() -> happened.add("work"));

        assertEquals(List.of("begin", "work", "commit"), happened);
    }
}
