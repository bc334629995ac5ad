package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each fault the fake Jira injects, and what the client makes of it: the typed outcome and how often it asked. */
class FaultsTest {

    private final ManualTime time = new ManualTime();
    private FakeJira jira;
    private JiraClient client;
    private List<IssueKey> keys;

    @BeforeEach
    void startJira() {
        jira = FakeJira.start().project("OPS", "Task");
        client = Clients.against(jira, time);
        keys = List.of(IssueKey.parse(jira.existingIssue("OPS", "Existing")).orElseThrow());
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    private static NewIssue countermeasure() {
        return NewIssue.in("OPS", "Task", "Alert on lag").labelled("postmortem", "pm-page-1", "pm-row-1");
    }

    @Test
    void retriesASearchThrough503sWithGrowingJitteredBackoff() throws JiraFailure {
        jira.failNext(Endpoint.SEARCH, 2, Fault.status(503));

        FoundIssues found = client.findIssues(keys);

        assertEquals(1, found.issues().size());
        assertEquals(3, jira.requests(Endpoint.SEARCH));
        List<Duration> waits = time.waits();
        assertEquals(2, waits.size());
        assertBetween(Duration.ofMillis(250), Duration.ofMillis(500), waits.get(0));
        assertBetween(Duration.ofMillis(500), Duration.ofMillis(1000), waits.get(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 504})
    void retriesASearchThroughGatewayErrors(int status) throws JiraFailure {
        jira.failNext(Endpoint.SEARCH, 1, Fault.status(status));

        assertEquals(1, client.findIssues(keys).issues().size());
        assertEquals(2, jira.requests(Endpoint.SEARCH));
    }

    @Test
    void doesNotRetryA500() {
        jira.failNext(Endpoint.SEARCH, 1, Fault.status(500));

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.findIssues(keys));

        assertTrue(failure.getMessage().contains("500"), failure.getMessage());
        assertEquals(1, jira.requests(Endpoint.SEARCH));
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysJiraIsUnavailable() {
        jira.failAlways(Endpoint.SEARCH, Fault.htmlFrom(502));

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.findIssues(keys));

        assertEquals(RetryPolicy.defaults().maxAttempts(), jira.requests(Endpoint.SEARCH));
        assertEquals(RetryPolicy.defaults().maxAttempts() - 1, time.waits().size());
        assertTrue(failure.getMessage().contains("502 Bad Gateway"), "the proxy's page is shown: " + failure.getMessage());
    }

    @Test
    void staysWithinTheTimeBudget() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60),
                Duration.ofSeconds(5));
        JiraClient hurried = Clients.against(jira, time, policy);
        jira.failAlways(Endpoint.SEARCH, Fault.status(503));

        assertThrows(JiraUnavailable.class, () -> hurried.findIssues(keys));

        assertTrue(time.waited().compareTo(Duration.ofSeconds(5)) <= 0, "waited " + time.waited());
        assertTrue(jira.requests(Endpoint.SEARCH) < 10, "asked " + jira.requests(Endpoint.SEARCH) + " times");
    }

    @Test
    void waitsForRetryAfterInSecondsOn429() throws JiraFailure {
        jira.failNext(Endpoint.SEARCH, 1, Fault.rateLimited("7"));

        client.findIssues(keys);

        assertEquals(List.of(Duration.ofSeconds(7)), time.waits());
        assertEquals(2, jira.requests(Endpoint.SEARCH));
    }

    @Test
    void waitsForRetryAfterGivenAsAnHttpDate() throws JiraFailure {
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(time.instant().plusSeconds(30).atZone(ZoneOffset.UTC));
        jira.failNext(Endpoint.SEARCH, 1, Fault.rateLimited(inThirtySeconds));

        client.findIssues(keys);

        assertEquals(List.of(Duration.ofSeconds(30)), time.waits());
    }

    @Test
    void backsOffOn429WithoutRetryAfter() throws JiraFailure {
        jira.failNext(Endpoint.SEARCH, 1, Fault.rateLimitedWithoutRetryAfter());

        client.findIssues(keys);

        assertEquals(1, time.waits().size());
        assertBetween(Duration.ofMillis(250), Duration.ofMillis(500), time.waits().get(0));
    }

    @Test
    void doesNotWaitLongerThanTheCapAndSaysWhenToComeBack() {
        jira.failNext(Endpoint.SEARCH, 1, Fault.rateLimited("3600"));

        JiraRateLimited limited = assertThrows(JiraRateLimited.class, () -> client.findIssues(keys));

        assertEquals(Duration.ofHours(1), limited.retryAfter());
        assertTrue(time.waits().isEmpty());
        assertEquals(1, jira.requests(Endpoint.SEARCH));
    }

    @Test
    void repeatsACreateTurnedAwayBy429BecauseJiraNeverRanIt() throws JiraFailure {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.rateLimited("2"));

        client.createIssue(countermeasure());

        assertEquals(2, jira.requests(Endpoint.CREATE_ISSUE));
        assertEquals(2, jira.issues().size(), "the existing issue and exactly one new one");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409})
    void neverRepeatsARequestJiraRefused(int status) {
        jira.failNext(Endpoint.SEARCH, 1, Fault.status(status));

        JiraRejected rejected = assertThrows(JiraRejected.class, () -> client.findIssues(keys));

        assertEquals(status, rejected.status());
        assertEquals(status == 401 || status == 403, rejected instanceof JiraUnauthorized);
        assertEquals(1, jira.requests(Endpoint.SEARCH));
        assertTrue(time.waits().isEmpty());
    }

    @Test
    void repeatsASearchWhoseConnectionWasReset() throws JiraFailure {
        jira.failNext(Endpoint.SEARCH, 1, Fault.reset());

        assertEquals(1, client.findIssues(keys).issues().size());
        assertEquals(2, jira.requests(Endpoint.SEARCH));
    }

    @Test
    void repeatsASearchThatTimedOut() throws JiraFailure {
        jira.failNext(Endpoint.SEARCH, 1, Fault.slow(Clients.PAST_THE_TIMEOUT));

        assertEquals(1, client.findIssues(keys).issues().size());
        assertEquals(2, jira.requests(Endpoint.SEARCH));
    }

    @Test
    void doesNotRepeatACreateWhoseConnectionBrokeAfterJiraCreatedTheIssue() throws JiraFailure {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.resetAfterCommit());

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.createIssue(countermeasure()));

        assertTrue(failure.mayHaveReachedJira());
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE));
        assertEquals(1, client.findByLabels(List.of("pm-page-1", "pm-row-1")).size(),
                "the issue exists, and its labels find it before anyone creates it again");
    }

    @Test
    void doesNotRepeatACreateThatTimedOut() throws JiraFailure {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.slow(Clients.PAST_THE_TIMEOUT));

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.createIssue(countermeasure()));

        assertEquals(Delivery.OUTCOME_UNKNOWN, failure.delivery());
        assertTrue(failure.getMessage().contains("did not answer"), failure.getMessage());
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE));
        assertEquals(1, client.findByLabels(List.of("pm-page-1", "pm-row-1")).size());
    }

    @Test
    void doesNotRepeatACreateWhoseConnectionWasReset() {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.reset());

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.createIssue(countermeasure()));

        assertTrue(failure.mayHaveReachedJira(), "the client cannot tell a reset before from one after the commit");
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE));
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void doesNotRepeatACreateAnsweredByAGatewayError(int status) {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.status(status));

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.createIssue(countermeasure()));

        assertTrue(failure.mayHaveReachedJira());
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE));
    }

    @Test
    void anUnreadableAnswerIsJiraUnavailableNeverAGsonException() {
        jira.failNext(Endpoint.SEARCH, 1, Fault.malformedJson());

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.findIssues(keys));

        assertTrue(failure.getMessage().contains("not JSON"), failure.getMessage());
    }

    @Test
    void anUnreadableAnswerToACreateLeavesTheOutcomeUnknown() throws JiraFailure {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.malformedJson());

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.createIssue(countermeasure()));

        assertTrue(failure.mayHaveReachedJira());
        assertEquals(1, client.findByLabels(List.of("pm-page-1", "pm-row-1")).size());
    }

    @Test
    void fieldErrorsInjectedByTheFakeReachTheCallerPerField() {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.fieldErrors(java.util.Map.of("priority", "Priority is required")));

        JiraRejected rejected = assertThrows(JiraRejected.class, () -> client.createIssue(countermeasure()));

        assertEquals(java.util.Optional.of("Priority is required"), rejected.errors().forField("priority"));
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE));
    }

    @Test
    void aFaultForAnyEndpointHitsWhicheverComesNext() throws JiraFailure {
        jira.failNext(2, Fault.status(503));

        client.testConnection();

        assertEquals(3, jira.requests(Endpoint.SERVER_INFO));
        assertEquals(1, jira.requests(Endpoint.MYSELF));
    }

    @Test
    void aJiraNobodyListensOnWasNeverReachedSoEvenACreateIsRepeated() {
        URI closed;
        try (FakeJira gone = FakeJira.start()) {
            closed = gone.baseUrl();
        }
        JiraClient nowhere = new JiraClient(new RetryingTransport(new TokenTransport(closed, FakeJira.TOKEN,
                Clients.SHORT), RetryPolicy.defaults(), time, time, new java.util.Random(1)), time);

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> nowhere.createIssue(countermeasure()));

        assertEquals(Delivery.NOT_SENT, failure.delivery());
        assertFalse(failure.mayHaveReachedJira());
        assertEquals(RetryPolicy.defaults().maxAttempts() - 1, time.waits().size());
    }

    private static void assertBetween(Duration low, Duration high, Duration actual) {
        assertTrue(actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0,
                actual + " not within " + low + ".." + high);
    }

    @Test
    void aJiraThatKeepsPagingIsStoppedAfterTwentyPagesNotFollowedForever() {
        String onePage = "{\"total\":1000000000,\"issues\":[{\"key\":\"OPS-1\",\"fields\":{\"status\":"
                + "{\"name\":\"Open\",\"statusCategory\":{\"key\":\"new\"}}}}]}";
        jira.failAlways(Endpoint.SEARCH, new Fault.Answer(200, java.util.Map.of("Content-Type", "application/json"),
                onePage));

        JiraUnavailable failure = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(JiraUnavailable.class, () -> client.findIssues(keys)));

        assertTrue(failure.getMessage().contains("more than 20 pages"), failure.getMessage());
        assertTrue(jira.requests(Endpoint.SEARCH) <= 20 * 4, "asked " + jira.requests(Endpoint.SEARCH) + " times");
    }

    @Test
    void anAnswerLargerThanAnyJiraAnswerIsRefusedWithoutReadingItAll() {
        String huge = "{\"issues\":[],\"total\":0,\"padding\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";
        jira.failAlways(Endpoint.SEARCH, new Fault.Answer(200, java.util.Map.of("Content-Type", "application/json"),
                huge));

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> client.findIssues(keys));

        assertTrue(failure.getMessage().contains("larger than 8 MB"), failure.getMessage());
    }

    @Test
    void anErrorBodyNestedDeeperThanJiraEverAnswersIsShownAsTextNotParsed() {
        String deep = "{\"errorMessages\":" + "[".repeat(50_000) + "\"x\"" + "]".repeat(50_000) + "}";
        jira.failNext(Endpoint.CREATE_ISSUE, 1, new Fault.Answer(400, java.util.Map.of(), deep));

        JiraRejected rejected = assertThrows(JiraRejected.class, () -> client.createIssue(countermeasure()));

        assertTrue(rejected.errors().describe().startsWith("{\"errorMessages\":[[["), rejected.errors().describe());
        assertTrue(rejected.errors().describe().length() < 300, "only the start of the body is shown");
    }
}
