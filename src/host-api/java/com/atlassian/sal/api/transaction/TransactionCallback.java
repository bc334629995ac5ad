package com.atlassian.sal.api.transaction;

/** Host type (reference §5.1, SAL 5.1.4): the work {@code ActiveObjects.executeInTransaction} runs. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
