package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Host type (reference §4.1, AO plugin 5.2.1 in Confluence 8.7.2). Subset the plugin calls, with the real generic
 * signatures and varargs (erasure: {@code create(Class, DBParam[])}, {@code find(Class, Query)},
 * {@code find(Class, String, Object[])}, {@code delete(RawEntity[])}, {@code deleteWithSQL(Class, String, Object[])},
 * {@code stream(Class, Query, EntityStreamCallback)}, {@code count(Class, Query)},
 * {@code executeInTransaction(TransactionCallback)}). The test tree implements exactly these over AO's EntityManager.
 */
public interface ActiveObjects {

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
