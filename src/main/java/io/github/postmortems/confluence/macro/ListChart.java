package io.github.postmortems.confluence.macro;

import io.github.postmortems.report.MonthlyCount;
import io.github.postmortems.text.Markup;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Postmortems per month, stacked by severity, as inline SVG drawn on the server: it needs no script, so it shows in
 * PDF export and e-mail. Only numbers computed here and escaped text go into the markup.
 */
final class ListChart {

    private static final int BAR = 28;
    private static final int GAP = 10;
    private static final int LEFT = 28;
    private static final int TOP = 8;
    private static final int HEIGHT = 96;
    private static final int BOTTOM = 36;

    private ListChart() {
    }

    static String svg(List<MonthlyCount> counts, YearMonth firstMonth, int months, Viewer viewer, String title) {
        Map<YearMonth, List<MonthlyCount>> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            byMonth.put(firstMonth.plusMonths(i), new ArrayList<>());
        }
        Map<String, Integer> legend = new LinkedHashMap<>();
        for (MonthlyCount count : counts) {
            List<MonthlyCount> month = byMonth.get(count.month());
            if (month != null) {
                month.add(count);
                legend.putIfAbsent(label(count, viewer), rank(count));
            }
        }
        int most = byMonth.values().stream()
                .mapToInt(month -> month.stream().mapToInt(MonthlyCount::count).sum()).max().orElse(0);
        int scale = Math.max(most, 1);
        int width = LEFT + months * (BAR + GAP);
        int height = TOP + HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"pm-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>").append(Markup.escape(title)).append("</title>");
        int baseline = TOP + HEIGHT;
        svg.append("<line class=\"pm-chart__axis\" x1=\"").append(LEFT - 4).append("\" y1=\"").append(baseline)
                .append("\" x2=\"").append(width).append("\" y2=\"").append(baseline)
                .append("\" stroke=\"#8590A2\" stroke-width=\"1\"/>");
        if (most > 0) {
            svg.append(text(LEFT - 8, TOP + 10, "end", String.valueOf(most)));
        }
        svg.append(text(LEFT - 8, baseline, "end", "0"));
        int x = LEFT;
        for (Map.Entry<YearMonth, List<MonthlyCount>> month : byMonth.entrySet()) {
            int y = baseline;
            for (MonthlyCount count : month.getValue()) {
                int h = Math.max(1, Math.round((float) count.count() * HEIGHT / scale));
                y -= h;
                int rank = rank(count);
                svg.append("<rect class=\"pm-chart__bar pm-chart__sev").append(rank).append("\" x=\"").append(x)
                        .append("\" y=\"").append(y).append("\" width=\"").append(BAR).append("\" height=\"")
                        .append(h).append("\" fill=\"").append(colour(rank)).append("\"><title>")
                        .append(Markup.escape(label(count, viewer) + ": " + count.count())).append("</title></rect>");
            }
            String name = month.getKey().getMonth().getDisplayName(TextStyle.SHORT, viewer.locale());
            svg.append(text(x + BAR / 2, baseline + 14, "middle", name));
            x += BAR + GAP;
        }
        int lx = LEFT;
        for (Map.Entry<String, Integer> entry : legend.entrySet()) {
            svg.append("<rect class=\"pm-chart__sev").append(entry.getValue()).append("\" x=\"").append(lx)
                    .append("\" y=\"").append(baseline + 24).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour(entry.getValue())).append("\"/>");
            svg.append(text(lx + 14, baseline + 33, "start", entry.getKey()));
            lx += 24 + 8 * entry.getKey().length();
        }
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, String anchor, String text) {
        return "<text class=\"pm-chart__text\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-size=\"11\" fill=\"#626F86\">" + Markup.escape(text) + "</text>";
    }

    /** 1..4 by severity, 0 for postmortems without one (and any rank below the fourth). */
    private static int rank(MonthlyCount count) {
        Integer rank = count.severityRank();
        return rank == null || rank > 4 ? 0 : rank;
    }

    private static String label(MonthlyCount count, Viewer viewer) {
        return count.severityCode() == null ? viewer.text("postmortems.list.chart.no-severity") : count.severityCode();
    }

    /** The lozenge colours, so the chart reads like the table; CSS gives dark-theme tokens on screen. */
    private static String colour(int rank) {
        return switch (rank) {
            case 1 -> "#DE350B";
            case 2 -> "#FF991F";
            case 3 -> "#0052CC";
            case 4 -> "#8590A2";
            default -> "#C1C7D0";
        };
    }
}
