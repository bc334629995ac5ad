package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.wording.HintKind;
import io.github.postmortems.wording.Place;
import io.github.postmortems.wording.WordingHint;
import io.github.postmortems.wording.WordingReport;
import io.github.postmortems.wording.WordingStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WordingStore} in Active Objects: a page's hints are its rows of {@link WordingHintEntity}, replaced in one
 * transaction and read in order with one query on the page id's index. Hands out records, never entities.
 */
public final class AoWordingStore implements WordingStore {

    private final ActiveObjects ao;

    public AoWordingStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void replace(long pageId, WordingReport report) {
        Objects.requireNonNull(report, "report");
        try {
            ao.executeInTransaction(() -> write(pageId, report));
        } catch (RuntimeException firstTry) {
            // Another node wrote the page's rows between our delete and our inserts; the unique keys refused ours, so
            // a second try deletes theirs and writes these.
            try {
                ao.executeInTransaction(() -> write(pageId, report));
            } catch (RuntimeException secondTry) {
                secondTry.addSuppressed(firstTry);
                throw secondTry;
            }
        }
    }

    private Void write(long pageId, WordingReport report) {
        ao.deleteWithSQL(WordingHintEntity.class, WordingHintEntity.PAGE_ID + " = ?", pageId);
        List<WordingHint> hints = report.hints();
        for (int number = 0; number < hints.size(); number++) {
            WordingHint hint = hints.get(number);
            WordingHintEntity row = ao.create(WordingHintEntity.class,
                    new DBParam(WordingHintEntity.HINT_KEY, pageId + ":" + number),
                    new DBParam(WordingHintEntity.PAGE_ID, pageId),
                    new DBParam(WordingHintEntity.HINT_NUMBER, number),
                    new DBParam(WordingHintEntity.HINT_KIND, hint.kind().name()),
                    new DBParam(WordingHintEntity.PLACE, hint.place().name()),
                    new DBParam(WordingHintEntity.EXCERPT, hint.excerpt()),
                    new DBParam(WordingHintEntity.MARK_FROM, hint.markFrom()),
                    new DBParam(WordingHintEntity.MARK_TO, hint.markTo()),
                    new DBParam(WordingHintEntity.TEXT_OFFSET, hint.offset()),
                    new DBParam(WordingHintEntity.HINTS_FOUND, report.found()));
            if (!hint.section().isEmpty()) {
                row.setSectionTitle(hint.section());
                row.save();
            }
        }
        return null;
    }

    @Override
    public void remove(long pageId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(WordingHintEntity.class, WordingHintEntity.PAGE_ID + " = ?", pageId);
            return null;
        });
    }

    @Override
    public WordingReport byPage(long pageId) {
        return ao.executeInTransaction(() -> {
            WordingHintEntity[] rows = ao.find(WordingHintEntity.class, Query.select()
                    .where(WordingHintEntity.PAGE_ID + " = ?", pageId)
                    .order(WordingHintEntity.HINT_NUMBER + " ASC")
                    .limit(WordingReport.MAX_KEPT));
            List<WordingHint> hints = new ArrayList<>();
            int found = 0;
            for (WordingHintEntity row : rows) {
                toRecord(row).ifPresent(hints::add);
                found = Math.max(found, row.getHintsFound());
            }
            return hints.isEmpty() ? WordingReport.NONE : new WordingReport(hints, Math.max(found, hints.size()));
        });
    }

    /** A row this version cannot read (a kind a newer version wrote, a damaged excerpt) is left out, not a failure. */
    private static Optional<WordingHint> toRecord(WordingHintEntity row) {
        Optional<HintKind> kind = Arrays.stream(HintKind.values())
                .filter(known -> known.name().equals(row.getHintKind())).findFirst();
        Optional<Place> place = Arrays.stream(Place.values())
                .filter(known -> known.name().equals(row.getPlace())).findFirst();
        String excerpt = row.getExcerpt();
        if (kind.isEmpty() || place.isEmpty() || excerpt == null || excerpt.length() > WordingHint.MAX_EXCERPT
                || row.getMarkFrom() < 0 || row.getMarkTo() <= row.getMarkFrom()
                || row.getMarkTo() > excerpt.length() || row.getTextOffset() < 0) {
            return Optional.empty();
        }
        String section = row.getSectionTitle() == null ? "" : row.getSectionTitle();
        return Optional.of(new WordingHint(kind.get(), excerpt, row.getMarkFrom(), row.getMarkTo(),
                section.length() > WordingHint.MAX_SECTION ? section.substring(0, WordingHint.MAX_SECTION) : section,
                place.get(), row.getTextOffset()));
    }
}
