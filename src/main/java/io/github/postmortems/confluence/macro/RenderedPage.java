package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The page one render is of, and what the postmortem macros read from its storage during that render. Confluence
 * hands every macro of a page the same {@link ConversionContext}, so a reading kept in one of its properties serves
 * the page's other macros: the storage is read once per view and question, not once per macro.
 *
 * <p>A reading is reused only for the same page id and version and the very same storage string (compared by
 * identity, length as well): a preview, or a body edited but not saved, is another string and is read afresh. At
 * most {@link #MAX_KEPT} readings are kept per render, so a page cannot grow what one render holds.
 */
public final class RenderedPage {

    static final String PROPERTY = "io.github.postmortems.page-readings";
    static final int MAX_KEPT = 8;

    private final ConversionContext context;
    private final ContentEntityObject page;

    private RenderedPage(ConversionContext context, ContentEntityObject page) {
        this.context = context;
        this.page = page;
    }

    /** The page rendered in {@code context}; its readings are kept there. */
    public static RenderedPage of(ConversionContext context) {
        return new RenderedPage(context, context == null ? null : context.getEntity());
    }

    /** A page read without a render to share with: every reading reads. Null for no page (an unsaved preview). */
    public static RenderedPage unshared(ContentEntityObject page) {
        return new RenderedPage(null, page);
    }

    /** The rendered page's id; 0 without a page (a preview of a page not saved yet). */
    public long pageId() {
        return page == null ? 0 : page.getId();
    }

    /** The rendered page's title; null without a page. */
    public String title() {
        return page == null ? null : page.getTitle();
    }

    /**
     * Keeps {@code answer} as this render's answer to {@code question}, as {@link #read} would have read it from the
     * page's storage, unless an answer is kept already: a macro that worked the same thing out from its own body
     * (the details card, the incident's times) spares the page's later macros reading the storage for it. Nothing is
     * kept without a render to share with or without a page.
     */
    public void keep(Object question, Object answer) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Readings kept = context == null || page == null ? null : readings();
        if (kept != null) {
            kept.putIfAbsent(new Key(page.getId(), page.getVersion(), storage(), question), answer);
        }
    }

    /**
     * What {@code reading} makes of the page's storage ("" without a page), asked as {@code question}: read on the
     * first ask of this render, kept for the next. Questions are compared with {@code equals}, so a question carries
     * everything its answer depends on besides the storage.
     */
    public <T> T read(Object question, Function<String, T> reading) {
        Objects.requireNonNull(question, "question");
        String storage = storage();
        Readings kept = context == null || page == null ? null : readings();
        if (kept == null) {
            return reading.apply(storage);
        }
        Key key = new Key(page.getId(), page.getVersion(), storage, question);
        @SuppressWarnings("unchecked") // the question's answer was kept by this very method, of the caller's type
        T known = (T) kept.get(key);
        if (known != null) {
            return known;
        }
        T read = reading.apply(storage);
        kept.put(key, read);
        return read;
    }

    private String storage() {
        return page == null || page.getBodyAsString() == null ? "" : page.getBodyAsString();
    }

    /** This render's readings; none when another plugin took the property's name for something else. */
    private Readings readings() {
        Object property = context.getProperty(PROPERTY);
        if (property instanceof Readings readings) {
            return readings;
        }
        if (property != null) {
            return null;
        }
        Readings readings = new Readings();
        context.setProperty(PROPERTY, readings);
        return readings;
    }

    /** The storage compared by identity: equal text in another string is another reading, never a stale one. */
    private record Key(long pageId, int version, String storage, Object question) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && pageId == key.pageId && version == key.version
                    && storage == key.storage && storage.length() == key.storage.length()
                    && question.equals(key.question);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pageId, version, System.identityHashCode(storage), question);
        }
    }

    /** The readings of one render, oldest dropped first; synchronized in case a host renders macros in parallel. */
    private static final class Readings {

        private final Map<Key, Object> byKey = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > MAX_KEPT;
            }
        };

        synchronized Object get(Key key) {
            return byKey.get(key);
        }

        synchronized void put(Key key, Object reading) {
            byKey.put(key, reading);
        }

        synchronized void putIfAbsent(Key key, Object reading) {
            byKey.putIfAbsent(key, reading);
        }
    }
}
