package io.github.postmortems.storage;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The review's write into a page: the Status cell and one Approvals row, every other character as it was. */
class ReviewRecordWriterTest {

    private static final String DETAILS = "<ac:structured-macro ac:name=\"postmortem-details\"><ac:rich-text-body>"
            + "<table><tbody><tr><th>Titel</th><td>Login langsam</td></tr>"
            + "<tr><th>Status:</th><td><p>Entwurf</p></td></tr></tbody></table>"
            + "</ac:rich-text-body></ac:structured-macro>";
    private static final String STATUS = "<p>In Pr\u00fcfung</p>";
    private static final String ROW = "<tr><td>new</td></tr>";
    private static final String SECTION = "<h2>Freigaben</h2><table><tbody>" + ROW + "</tbody></table>";

    private final ReviewRecordWriter writer = new ReviewRecordWriter(new StorageReader());

    private Optional<String> write(String page) {
        return writer.write(page, STATUS, ROW, SECTION);
    }

    @Test
    void findsTheApprovalsTableByItsHeadingInAnyBundledLanguageAndAppendsAfterItsLastRow() {
        String table = "<h3>Approvals</h3>\n<p>Signed off by:</p>\n<table class=\"wrapped\"><colgroup><col/></colgroup>"
                + "<tbody><tr><th>Wer</th></tr><tr><td>old <table><tbody><tr><td>nested</td></tr></tbody></table>"
                + "</td></tr></tbody></table><p>after</p>";
        String page = DETAILS + "\n<h2>Summary</h2>" + table;

        String written = write(page).orElseThrow();

        assertEquals(page.replace("<p>Entwurf</p>", STATUS).replace("</td></tr></tbody></table><p>after</p>",
                "</td></tr>" + ROW + "</tbody></table><p>after</p>"), written, "after the outer table's last row");
    }

    @Test
    void aHeadingWithoutATableBeforeTheNextHeadingIsNoApprovalsTable() {
        String page = DETAILS + "<h2>Approbations</h2><p>none yet</p><h2>Other</h2><table><tbody><tr><td>x</td></tr>"
                + "</tbody></table>";

        assertEquals(page.replace("<p>Entwurf</p>", STATUS) + SECTION, write(page).orElseThrow());
    }

    @Test
    void aPageWithoutAStatusRowIsLeftAlone() {
        assertEquals(Optional.empty(), write(DETAILS.replace("<tr><th>Status:</th><td><p>Entwurf</p></td></tr>", "")
                + "<h2>Approvals</h2><table><tbody><tr><td>x</td></tr></tbody></table>"));
        assertEquals(Optional.empty(), write("<p>No details macro at all.</p>"));
    }

    @Test
    void anApprovalsTableBeforeTheDetailsIsWrittenToo() {
        String page = "<h1>Freigaben</h1><table><tr><td>old</td></tr></table>" + DETAILS;

        assertEquals("<h1>Freigaben</h1><table><tr><td>old</td></tr>" + ROW + "</table>"
                + DETAILS.replace("<p>Entwurf</p>", STATUS), write(page).orElseThrow());
    }
}
