package com.atlassian.sal.api.transaction;

/** Host type (reference §5.1, SAL 5.1.4, an interface): runs the callback in the host's transaction. */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> callback);
}
