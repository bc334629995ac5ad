package io.github.postmortems.index;

import io.github.postmortems.index.testing.AtlassianTablePrefix;
import io.github.postmortems.index.testing.IndexSchema;
import io.github.postmortems.index.testing.TestDatabase;
import net.java.ao.Entity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index tables as AO created them on each database, under Atlassian's naming rules: names within 30 characters
 * (Oracle's old limit, which AO enforces everywhere), none a reserved word, all under the namespace's prefix.
 */
class SchemaNamesTest {

    private static final int MAX_NAME = 30;

    /**
     * Rejected by Atlassian's AO plugin (BLOB, CLOB, NUMBER, ROWID, TIMESTAMP, VARCHAR2), plus words reserved in at
     * least one database Confluence DC supports (PostgreSQL, MySQL, Oracle, SQL Server, H2) that could pass for a
     * table or column name: quoting makes them work today, but hand-written queries and upgrades trip over them.
     */
    private static final Set<String> RESERVED = Set.of(
            "BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2",
            "ACCESS", "ALL", "ANALYSE", "ANALYZE", "ARRAY", "BY", "CASE", "CHECK", "COLUMN", "COMMENT", "CONSTRAINT",
            "CURRENT", "DATE", "DAY", "DEFAULT", "DESC", "FILE", "FROM", "GROUP", "HOUR", "INDEX", "INTERVAL", "KEY",
            "KEYS", "LEVEL", "LIMIT", "LOCK", "LONG", "MINUTE", "MODE", "MONTH", "OFFSET", "OPTION", "ORDER", "RANGE",
            "RANK", "RESOURCE", "ROW", "ROWNUM", "ROWS", "SECOND", "SESSION", "SIZE", "START", "TABLE", "TOP", "TYPE",
            "UID", "USER", "VALUE", "VALUES", "VIEW", "WHEN", "WHERE", "YEAR");

    private static final String PREFIX = new AtlassianTablePrefix(IndexSchema.NAMESPACE).prefix();

    static Stream<TestDatabase> databases() {
        return Stream.of(TestDatabase.h2(), TestDatabase.postgres());
    }

    @Test
    void theNamespacePrefixIsTheOneConfluenceWillUse() {
        assertEquals("AO_749182_", PREFIX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createsExactlyTheTablesAndColumnsWeNameHere(TestDatabase database) throws Exception {
        assertEquals(Map.of(
                        PREFIX + "TRACKED_ISSUE", Set.of("ID", "PAGE_ID", "ROW_KEY", "ISSUE_KEY", "STATUS_NAME",
                                "STATUS_CATEGORY", "ASSIGNEE_USERNAME", "ASSIGNEE_NAME", "DUE_DATE",
                                "RESOLVED_AT_MILLIS", "LAST_SYNCED_MILLIS", "LAST_ERROR", "VOUCHED_BY"),
                        PREFIX + "ISSUE_CREATION", Set.of("ID", "ROW_KEY", "PAGE_ID", "STATE", "ISSUE_KEY",
                                "ATTEMPTS", "LAST_ERROR", "UPDATED_MILLIS"),
                        PREFIX + "POSTMORTEM", Set.of("ID", "PAGE_ID", "SPACE_KEY", "TITLE", "SEVERITY_CODE",
                                "SEVERITY_RANK", "SEVERITY_ORDER", "STATUS", "START_MILLIS", "START_ORDER",
                                "DETECT_MILLIS", "END_MILLIS", "TTD_SECONDS", "TTD_ORDER", "TTR_SECONDS", "TTR_ORDER",
                                "INCIDENT_ZONE", "CREATED_BY", "FACILITATED_BY", "CONTACT", "TAGS", "CM_TOTAL",
                                "CM_OPEN", "CM_DONE", "CM_OVERDUE", "CM_DONE_IN_SLO", "CM_OPEN_DUE",
                                "INDEXED_MILLIS", "WRITE_SEQ", "FOLLOW_UP_DAY", "CM_UNSETTLED"),
                        PREFIX + "LIST_GENERATION", Set.of("ID", "TOKEN", "WRITES"),
                        PREFIX + "WORDING_HINT", Set.of("ID", "HINT_KEY", "PAGE_ID", "HINT_NUMBER", "HINT_KIND",
                                "PLACE", "SECTION_TITLE", "EXCERPT", "MARK_FROM", "MARK_TO", "TEXT_OFFSET",
                                "HINTS_FOUND"),
                        PREFIX + "DRAFTED_ROW", Set.of("ID", "PAGE_ID", "ROW_SOURCE", "ROW_PRINT"),
                        PREFIX + "INCIDENT_PAGE", Set.of("ID", "CLAIM_KEY", "SPACE_KEY", "INCIDENT_KEY", "PAGE_ID",
                                "CLAIMED_MILLIS"),
                        PREFIX + "OWNER_DUE", Set.of("ID", "DUE_KEY", "PAGE_ID", "SPACE_KEY", "PAGE_TITLE", "CM_ROW",
                                "CM_TEXT", "OWNER_REF", "DUE_DAY", "ISSUE_KEY"),
                        PREFIX + "REVIEW_DECISION", Set.of("ID", "STEP_KEY", "PAGE_ID", "STEP_NUMBER",
                                "REVIEW_ROUND", "STEP_KIND", "USER_KEY", "AT_MILLIS", "PAGE_VERSION", "NOTE_TEXT"),
                        PREFIX + "REVIEW_STATE", Set.of("ID", "PAGE_ID", "REVIEW_STATUS", "REVIEW_ROUND",
                                "REQUESTED_BY", "REVIEWERS", "STEPS", "WRITTEN_VERSION", "SNAPSHOT")),
                schema(database));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyTableAndColumnNameFitsAtlassiansRules(TestDatabase database) throws Exception {
        List<String> problems = new ArrayList<>();
        schema(database).forEach((table, columns) -> {
            check(table, problems);
            check(table.substring(PREFIX.length()), problems);
            columns.forEach(column -> check(table + "." + column, problems));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theNamingRulesWeTestWithRefuseATableNameLongerThan30Characters() {
        AtlassianTableNameConverter converter = new AtlassianTableNameConverter(new AtlassianTablePrefix(
                IndexSchema.NAMESPACE));
        assertAll(
                () -> assertEquals(PREFIX + "TWENTY_CHARACTERS_OK", converter.getName(Fits.class)),
                () -> assertThrows(RuntimeException.class, () -> converter.getName(TooLong.class)));
    }

    @Test
    void theDescriptorsAoModuleDeclaresTheNamespaceAndEveryEntityTheTestsMigrate() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("atlassian-plugin.xml")).getDocumentElement();
        NodeList modules = root.getElementsByTagName("ao");
        assertEquals(1, modules.getLength(), "one <ao> module");
        Element module = (Element) modules.item(0);
        List<String> entities = new ArrayList<>();
        NodeList entityElements = module.getElementsByTagName("entity");
        for (int i = 0; i < entityElements.getLength(); i++) {
            entities.add(entityElements.item(i).getTextContent().strip());
        }
        assertAll(
                () -> assertEquals(IndexSchema.NAMESPACE, module.getAttribute("namespace")),
                () -> assertTrue(module.getAttribute("key").startsWith("index"), module.getAttribute("key")),
                () -> assertEquals(IndexSchema.ENTITIES.stream().map(Class::getName).toList(), entities));
    }

    private static void check(String qualifiedName, List<String> problems) {
        String name = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        if (name.length() > MAX_NAME) {
            problems.add(qualifiedName + " is " + name.length() + " characters long");
        }
        if (RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            problems.add(qualifiedName + " is a reserved word");
        }
    }

    /** Our tables and their columns, read through JDBC the way a DBA would see them. */
    private static Map<String, Set<String>> schema(TestDatabase database) throws Exception {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection connection = database.connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet found = metaData.getTables(null, null, PREFIX.replace("_", "\\_") + "%",
                    new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.put(found.getString("TABLE_NAME"), new TreeSet<>());
                }
            }
            for (Map.Entry<String, Set<String>> table : tables.entrySet()) {
                try (ResultSet columns = metaData.getColumns(null, null, table.getKey(), "%")) {
                    while (columns.next()) {
                        table.getValue().add(columns.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        return tables;
    }

    @Table("TWENTY_CHARACTERS_OK")
    interface Fits extends Entity {
    }

    @Table("TWENTY_ONE_CHARACTERS")
    interface TooLong extends Entity {
    }
}
