package io.github.postmortems.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndEndsLinesWithCrLf() {
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n",
                Csv.line(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null)));
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",a=b\r\n",
                Csv.line(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b")));
    }
}
