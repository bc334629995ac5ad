package io.github.postmortems.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void defusesFormulasThatStartAfterASeparatorASpreadsheetMaySplitOn() {
        assertEquals("x;'=cmd|' /C calc'!A0,a\t'+1,\"b; \"\"'@SUM(A1)\"\"\",\"c\n'-2\",d|'=1\r\n",
                Csv.line(List.of("x;=cmd|' /C calc'!A0", "a\t+1", "b; \"@SUM(A1)\"", "c\n-2", "d|=1")));
    }

    @Test
    void noFieldOfAnyLikelySplitStartsAFormula() {
        List<String> hostile = List.of("=1", "x;=1", "x; =1", "x;\"=1\"", "x,=1", "x\t=1", "x|@A1", "x;\uFF1D1",
                "a;b;+c", "1;-2", "ok; fine", " =1", "\"=1\"");
        String line = Csv.line(hostile);
        for (String separator : List.of(",", ";", "\t", "|")) {
            for (String field : line.split(java.util.regex.Pattern.quote(separator), -1)) {
                String start = field.replaceAll("^[ \"\r\n]+", "");
                assertTrue(start.isEmpty() || "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(start.charAt(0)) < 0,
                        "split on '" + separator + "' gives a field starting a formula: " + field + " in " + line);
            }
        }
    }
}
