package io.github.postmortems.index.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Objects;

/**
 * The real host service with a pause before every write (insert or delete), so a test can line two transactions up
 * at the moment both have read and neither has written: the race the database's unique key must settle.
 */
public final class PausingActiveObjects implements ActiveObjects {

    private final ActiveObjects real;
    private final Runnable beforeWrite;

    public PausingActiveObjects(ActiveObjects real, Runnable beforeWrite) {
        this.real = Objects.requireNonNull(real, "real");
        this.beforeWrite = Objects.requireNonNull(beforeWrite, "beforeWrite");
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        beforeWrite.run();
        return real.create(type, params);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        beforeWrite.run();
        real.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        beforeWrite.run();
        return real.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return real.find(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return real.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        real.stream(type, query, callback);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return real.count(type, query);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return real.executeInTransaction(callback);
    }
}
