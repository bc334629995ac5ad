package io.github.postmortems.wording;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordingDetectorTest {

    private final WordingDetector detector = new WordingDetector();

    private WordingReport check(String storage, String... people) {
        return detector.check(storage, List.of(people));
    }

    private List<String> phrases(String storage, String... people) {
        return check(storage, people).hints().stream().map(h -> h.kind() + ":" + h.phrase()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "We would have caught this with a canary.|COUNTERFACTUAL:would have",
            "The team could have rolled back sooner.|COUNTERFACTUAL:could have",
            "Ops should have paged the database team.|COUNTERFACTUAL:should have",
            "We should've rolled back.|COUNTERFACTUAL:should've",
            "We shouldn\u2019t have deployed on Friday.|COUNTERFACTUAL:shouldn\u2019t have",
            "This should not have reached production.|COUNTERFACTUAL:should not have",
            "Monitoring Would Probably Have shown it.|COUNTERFACTUAL:Would Probably Have",
            "The outage was caused by human error.|HUMAN_ERROR:human error",
            "A careless config change took the site down.|BLAME:careless",
            "The team forgot to renew the certificate.|BLAME:forgot to",
            "Someone failed to check the disk space.|BLAME:Someone failed to",
            "The engineer didn't bother to read the runbook.|BLAME:didn't bother",
            "It was negligent to skip the review.|BLAME:negligent",
    })
    void findsEnglishPhrases(String prose, String expected) {
        assertEquals(List.of(expected), phrases("<h2>What happened</h2><p>" + prose + "</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wir h\u00e4tten den Alarm fr\u00fcher sehen sollen.|COUNTERFACTUAL:h\u00e4tten den Alarm fr\u00fcher sehen sollen",
            "Das h\u00e4tte man mit einem Test verhindern k\u00f6nnen.|COUNTERFACTUAL:h\u00e4tte man mit einem Test verhindern k\u00f6nnen",
            "Ein Canary h\u00e4tte den Fehler gefunden.|COUNTERFACTUAL:h\u00e4tte",
            "Der Ausfall w\u00e4re vermeidbar gewesen.|COUNTERFACTUAL:w\u00e4re vermeidbar gewesen",
            "Ursache war menschliches Versagen.|HUMAN_ERROR:menschliches Versagen",
            "Das Team hat vergessen, das Zertifikat zu erneuern.|BLAME:vergessen",
            "Der Betreiber hat versäumt, das Backup zu prüfen.|BLAME:versäumt",
            "Die Änderung war fahrlässig.|BLAME:fahrlässig",
            "Die Änderung war fahrlaessig.|BLAME:fahrlaessig",
    })
    void findsGermanPhrases(String prose, String expected) {
        assertEquals(List.of(expected), phrases("<h2>Ablauf</h2><p>" + prose + "</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nous aurions d\u00fb d\u00e9tecter la panne plus t\u00f4t.|COUNTERFACTUAL:aurions d\u00fb",
            "Un test aurait pu \u00e9viter la panne.|COUNTERFACTUAL:aurait pu",
            "L\u2019\u00e9quipe n\u2019aurait pas d\u00fb d\u00e9ployer.|COUNTERFACTUAL:aurait pas d\u00fb",
            "Il aurait fallu un second avis.|COUNTERFACTUAL:aurait fallu",
            "La cause est une erreur humaine.|HUMAN_ERROR:erreur humaine",
            "L'\u00e9quipe a oubli\u00e9 de renouveler le certificat.|BLAME:a oubli\u00e9",
            "Un changement n\u00e9gligent a cass\u00e9 le site.|BLAME:n\u00e9gligent",
            "Une n\u00e9gligence de l'op\u00e9rateur.|BLAME:n\u00e9gligence",
    })
    void findsFrenchPhrases(String prose, String expected) {
        assertEquals(List.of(expected), phrases("<h2>D\u00e9roulement</h2><p>" + prose + "</p>"));
    }

    @Test
    void aMentionOrANameOfThePageAsTheSubjectOfAFailureIsOneHintNamingThePerson() {
        String page = "<p><ac:link><ri:user ri:userkey=\"8a7f0001\"/></ac:link> forgot to restart the worker.</p>"
                + "<p>Alice failed to check the disk.</p><p>Alex Smith then should have paged Kim.</p>"
                + "<p>Bob failed to check the disk.</p><p>@kwong missed the alert.</p>"
                + "<p>Alice hat vergessen, den Dienst neu zu starten.</p><p>Alice a oubli\u00e9 de red\u00e9marrer.</p>"
                + "<p>Alice h\u00e4tte den Alarm sehen sollen.</p>";
        List<WordingHint> hints = check(page, "Alice Martin", "Alex Smith").hints();
        assertAll(
                () -> assertEquals(List.of(HintKind.PERSON, HintKind.PERSON, HintKind.PERSON, HintKind.PERSON,
                        HintKind.PERSON, HintKind.PERSON, HintKind.PERSON),
                        hints.stream().map(WordingHint::kind).toList(), hints.toString()),
                () -> assertEquals(Mentions.OPEN + "k:8a7f0001" + Mentions.CLOSE + " forgot to", hints.get(0).phrase()),
                () -> assertEquals("Alice failed to", hints.get(1).phrase()),
                () -> assertEquals("Smith then should have", hints.get(2).phrase()),
                () -> assertEquals("@kwong missed", hints.get(3).phrase()),
                () -> assertEquals("Alice hat vergessen", hints.get(4).phrase()),
                () -> assertEquals("Alice a oubli\u00e9", hints.get(5).phrase()),
                () -> assertEquals("Alice h\u00e4tte den Alarm sehen sollen", hints.get(6).phrase()));
    }

    @Test
    void aFailureVerbAfterASystemIsHowPostmortemsDescribeSystemsAndNoHint() {
        String page = "<p>The health check failed to detect the stale replica. The job didn't retry. The cache "
                + "missed every key. Der Alarm hat nicht ausgel\u00f6st. Le d\u00e9ploiement n'a pas d\u00e9marr\u00e9. "
                + "Alice checked the disk. alice failed to start (a service account, written in lower case).</p>";
        assertEquals(List.of(), phrases(page, "Alice"));
    }

    @Test
    void wordsThatOnlyLookLikeThePhrasesAreNoHint() {
        String page = "<p>The server hatte 100% CPU. Would you have a minute? We could have a look later. "
                + "Shoulder haven. Il aurait du mal \u00e0 le voir. The have-nots. Couldhave. W\u00e4re gut, wenn "
                + "wir das pr\u00fcfen. Carefully. Forgotten.</p>";
        assertEquals(List.of("COUNTERFACTUAL:could have"), phrases(page),
                "\"could have a look\" is a real counterfactual construction; the rest are near-misses");
    }

    @Test
    void codeQuotesPlaceholdersAndParametersAreLeftOut() {
        String page = "<pre>we should have</pre><p><code>would have</code></p>"
                + "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"title\">should have</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[if (x) { // should have failed to\n}]]></ac:plain-text-body>"
                + "</ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"noformat\"><ac:plain-text-body><![CDATA[human error]]>"
                + "</ac:plain-text-body></ac:structured-macro>"
                + "<blockquote><p>I forgot to restart it, it would have been fine.</p></blockquote>"
                + "<p>The customer wrote \u201cyou should have warned us\u201d and \u201ehätte man wissen müssen\u201c"
                + " and \u00ab aurait d\u00fb \u00bb and \"human error\".</p>"
                + "<p><ac:placeholder>Write what would have helped</ac:placeholder></p>";
        assertEquals(List.of(), phrases(page));
    }

    @Test
    void aQuoteLeftOpenEndsWithItsParagraph() {
        assertEquals(List.of("COUNTERFACTUAL:should have"),
                phrases("<p>The banner said \"maintenance</p><p>We should have announced it.</p>"));
    }

    @Test
    void eachHintNamesTheHeadingAboveItAndTheMacroItIsIn() {
        String page = "<ac:structured-macro ac:name=\"postmortem-details\"><ac:rich-text-body><table><tbody><tr>"
                + "<th>Title</th><td>Human error in deploy</td></tr></tbody></table></ac:rich-text-body>"
                + "</ac:structured-macro><h2>Root <em>cause</em></h2><p>It was careless.</p>"
                + "<h2>What happened</h2><ac:structured-macro ac:name=\"incident-timeline\"><ac:rich-text-body>"
                + "<table><tbody><tr><td>10:00</td><td>We should have paged.</td></tr></tbody></table>"
                + "</ac:rich-text-body></ac:structured-macro><h3>Why we should have known</h3>";
        List<WordingHint> hints = check(page).hints();
        assertAll(
                () -> assertEquals(List.of("", "Root cause", "What happened", "Why we should have known"),
                        hints.stream().map(WordingHint::section).toList()),
                () -> assertEquals(List.of(Place.DETAILS, Place.TEXT, Place.TIMELINE, Place.TEXT),
                        hints.stream().map(WordingHint::place).toList()),
                () -> assertTrue(hints.get(0).offset() < hints.get(1).offset()),
                () -> assertTrue(hints.get(2).offset() < hints.get(3).offset()));
    }

    @Test
    void anExcerptIsTheSentenceAroundThePhraseCutAtWordsAndBounded() {
        String before = "word ".repeat(40);
        String after = " more".repeat(40);
        WordingHint hint = check("<p>" + before + "we should have rolled back" + after + "</p>").hints().get(0);
        assertAll(
                () -> assertTrue(hint.excerpt().startsWith("\u2026word "), hint.excerpt()),
                () -> assertTrue(hint.excerpt().endsWith("more\u2026"), hint.excerpt()),
                () -> assertTrue(hint.excerpt().length() <= 2 * WordingDetector.CONTEXT + 30, hint.excerpt()),
                () -> assertEquals("should have", hint.phrase()));
        WordingHint whole = check("<p>We should have rolled back.</p>").hints().get(0);
        assertEquals("We should have rolled back.", whole.excerpt());
    }

    @Test
    void keepsTheFirstFiftyAndCountsTheRest() {
        WordingReport report = check("<p>" + "It was careless. ".repeat(120) + "</p>");
        assertAll(
                () -> assertEquals(WordingReport.MAX_KEPT, report.hints().size()),
                () -> assertEquals(120, report.found()),
                () -> assertEquals(70, report.more()));
    }

    @Test
    void aHugePageOfNearMatchesIsCheckedInLinearTime() {
        // Every word starts a phrase candidate and every "hätte" opens a window that never closes.
        String nearMisses = "should would could hätte wäre aurait n'a ".repeat(16_000);
        String page = "<p>" + nearMisses + "</p>";
        long small = time(() -> check("<p>" + "should would could hätte wäre aurait n'a ".repeat(8_000) + "</p>"));
        long large = time(() -> check(page));
        WordingReport report = check(page);
        assertAll(
                () -> assertEquals(WordingReport.MAX_KEPT, report.hints().size()),
                () -> assertTrue(large < 5 * Math.max(small, 20_000_000L), "twice the page, " + small + " ns vs "
                        + large + " ns: linear, not quadratic"));
    }

    @Test
    void aWordOfAMillionLettersAndAMillionSpacesAreNoTrouble() {
        String page = "<p>" + "a".repeat(1_000_000) + " " + " ".repeat(1_000_000) + "we should have</p>"
                + "<h2>" + "H".repeat(10_000) + "</h2><p>careless</p>";
        List<WordingHint> hints = check(page).hints();
        assertEquals(2, hints.size());
        assertTrue(hints.get(1).section().length() <= WordingHint.MAX_SECTION);
        assertTrue(hints.get(0).excerpt().length() <= WordingHint.MAX_EXCERPT);
    }

    @Test
    void deepNestingManyMentionsAndUnclosedMarkupAreReadWithoutRecursion() {
        String deep = "<div>".repeat(200_000) + "<p>We should have known.</p>" + "</div>".repeat(200_000);
        String mentions = "<p>" + "<ac:link><ri:user ri:userkey=\"k\"/></ac:link> ".repeat(50_000)
                + "<ac:link><ri:user ri:userkey=\"" + "x".repeat(5_000) + "\"/></ac:link> forgot to</p>";
        String unclosed = "<p>careless <b><i><table><tr><td>human error";
        assertAll(
                () -> assertEquals(List.of("BLAME:should have known"), phrases(deep)),
                () -> assertEquals(List.of("PERSON:" + Mentions.OPEN + Mentions.CLOSE + " forgot to"),
                        phrases(mentions), "a key too long to keep is an unnamed mention"),
                () -> assertEquals(List.of("BLAME:careless", "HUMAN_ERROR:human error"), phrases(unclosed)));
    }

    @Test
    void aHintNeverSpansTwoSentences() {
        assertEquals(List.of(), phrases("<p>We should. Have a look at it. Human. Error.</p>"));
    }

    @Test
    void namesOfThePageAreFoundInEveryLanguageAndPossessive() {
        assertEquals(List.of("PERSON:Alice's carelessness"),
                phrases("<p>It was Alice's carelessness.</p>", "Alice"));
        assertEquals(Set.of(), Set.copyOf(phrases("<p>Alice reviewed the change.</p>", "Alice")));
    }

    private static long time(Runnable run) {
        run.run(); // warm up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
