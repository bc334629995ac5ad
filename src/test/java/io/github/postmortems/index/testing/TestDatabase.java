package io.github.postmortems.index.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real database with the index schema migrated by the real AO library under Atlassian's naming rules: H2 in memory,
 * or a PostgreSQL server started once per JVM from zonky's binaries. Each is built on first use and shared.
 */
public final class TestDatabase {

    static {
        // AO on its own runs transactions SERIALIZABLE, which would settle races the plugin must settle itself: in
        // Confluence AO joins the host's transactions, READ COMMITTED (the isolation Confluence requires).
        System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
    }

    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final EntityManager entityManager;
    private final ActiveObjects activeObjects;

    private TestDatabase(String name, String url, String user, String password, String schema) {
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.entityManager = entityManager(IndexSchema.NAMESPACE);
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
        try {
            entityManager.migrate(entities());
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the index schema on " + name, e);
        }
    }

    public static TestDatabase h2() {
        return H2.INSTANCE;
    }

    public static TestDatabase postgres() {
        return Postgres.INSTANCE;
    }

    /** The host service over this database, with every index table emptied. */
    public ActiveObjects emptied() {
        try {
            for (Class<? extends RawEntity<?>> entity : IndexSchema.ENTITIES) {
                entityManager.deleteWithSQL(keyed(entity), null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the index tables on " + name, e);
        }
        entityManager.flushAll();
        return activeObjects;
    }

    /**
     * An entity manager on this database whose tables carry another namespace's prefix, nothing migrated yet: for
     * upgrades from an older schema, apart from the shared tables. Use a namespace of its own per test.
     */
    public EntityManager separateNamespace(String namespace) {
        return entityManager(namespace);
    }

    private EntityManager entityManager(String namespace) {
        return EntityManagerBuilder.url(url).username(user).password(password).c3po()
                // Without a schema AO 3.2 reads H2 2's information schema as if it were ours.
                .schema(schema)
                .tableNameConverter(new AtlassianTableNameConverter(new AtlassianTablePrefix(namespace)))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /** A plain JDBC connection, for reading the schema the way a DBA would. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString() {
        return name;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities() {
        return IndexSchema.ENTITIES.toArray(new Class[0]);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<Object>> keyed(Class<? extends RawEntity<?>> entity) {
        return (Class<? extends RawEntity<Object>>) entity;
    }

    private static final class H2 {
        static final TestDatabase INSTANCE =
                new TestDatabase("H2", "jdbc:h2:mem:postmortems;DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }

    private static final class Postgres {
        static final TestDatabase INSTANCE = start();

        private static TestDatabase start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "embedded-postgres-stop"));
                return new TestDatabase("PostgreSQL",
                        "jdbc:postgresql://localhost:" + server.getPort() + "/postgres", "postgres", "postgres", "public");
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
    }
}
