package io.github.postmortems.confluence.automation;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.github.postmortems.automation.PageRef;
import io.github.postmortems.automation.PostmortemPages.SpaceAccess;
import io.github.postmortems.automation.PostmortemTemplate;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The host side of the automated postmortem: permissions, the index page and the page, with host services mocked. */
class ConfluencePostmortemPagesTest {

    private final SpaceManager spaces = mock(SpaceManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final LabelManager labels = mock(LabelManager.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final Space ops = mock(Space.class);
    private final Page home = mock(Page.class);
    private final ConfluenceUser caller = mock(ConfluenceUser.class);
    private final Namespace blueprintNamespace = mock(Namespace.class);
    private final List<List<?>> labelArguments = new ArrayList<>();
    private final boolean[] inTransaction = {false};

    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private MockedStatic<Namespace> namespaces;
    private MockedConstruction<Label> newLabels;
    private ConfluencePostmortemPages adapter;

    @BeforeEach
    void host() {
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(caller);
        namespaces = mockStatic(Namespace.class);
        namespaces.when(() -> Namespace.getNamespace("io.github.postmortems.confluence:blueprint-postmortem"))
                .thenReturn(blueprintNamespace);
        newLabels = mockConstruction(Label.class, (label, context) -> labelArguments.add(context.arguments()));
        when(spaces.getSpace("OPS")).thenReturn(ops);
        when(ops.getKey()).thenReturn("OPS");
        when(ops.getHomePage()).thenReturn(home);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://confluence.example.com/");
        when(transactions.execute(any())).thenAnswer(call -> {
            inTransaction[0] = true;
            try {
                return ((TransactionCallback<?>) call.getArgument(0)).doInTransaction();
            } finally {
                inTransaction[0] = false;
            }
        });
        PartialList<ContentEntityObject> none = partial(List.of());
        when(labels.getContentInSpaceForLabel(eq(0), anyInt(), eq("OPS"), any())).thenReturn(none);
        adapter = new ConfluencePostmortemPages(new ConfluencePostmortemPages.Host(spaces, permissions, pageManager,
                labels, transactions, application), BundleMessages.english());
    }

    @AfterEach
    void close() {
        newLabels.close();
        namespaces.close();
        signedIn.close();
    }

    @SuppressWarnings("unchecked")
    private static PartialList<ContentEntityObject> partial(List<ContentEntityObject> content) {
        PartialList<ContentEntityObject> list = mock(PartialList.class);
        when(list.getList()).thenReturn(content);
        return list;
    }

    @Test
    void aSpaceTheCallerMayNotSeeIsUnknownLikeOneThatDoesNotExist() {
        assertEquals(SpaceAccess.UNKNOWN, adapter.access("NOPE"));
        assertEquals(SpaceAccess.UNKNOWN, adapter.access("OPS"));

        when(permissions.hasPermission(caller, Permission.VIEW, ops)).thenReturn(true);
        assertEquals(SpaceAccess.READ_ONLY, adapter.access("OPS"));

        when(permissions.hasCreatePermission(caller, ops, Page.class)).thenReturn(true);
        assertEquals(SpaceAccess.CREATE, adapter.access("OPS"));
    }

    @Test
    void createsTheIndexPageAsTheBlueprintWouldThenThePageUnderItLabelledInOneTransaction() {
        List<Boolean> savedInTransaction = new ArrayList<>();
        org.mockito.Mockito.doAnswer(call -> savedInTransaction.add(inTransaction[0])).when(pageManager)
                .saveContentEntity(any(), any());
        try (MockedConstruction<Page> newPages = mockConstruction(Page.class, (page, context) -> {
            when(page.getUrlPath()).thenReturn("/pages/viewpage.action?pageId=42");
            when(page.getId()).thenReturn(42L);
        })) {

            PageRef ref = adapter.create("OPS", List.of("Postmortem: Checkout (2026-11-28)"), "<p>storage</p>");

            assertEquals(2, newPages.constructed().size());
            Page page = newPages.constructed().get(0);
            Page index = newPages.constructed().get(1);
            verify(index).setSpace(ops);
            verify(index).setTitle("Postmortems");
            verify(index).setBodyAsString(PostmortemTemplate.index().render(Map.of(), BundleMessages.english()));
            verify(home).addChild(index);
            verify(page).setSpace(ops);
            verify(page).setTitle("Postmortem: Checkout (2026-11-28)");
            verify(page).setBodyAsString("<p>storage</p>");
            assertEquals(List.of(List.of("postmortem"), List.of("blueprint-index-page", blueprintNamespace),
                    List.of("blueprint-index-page", blueprintNamespace)),
                    labelArguments.stream().map(List::copyOf).toList(),
                    "the page's label (the blueprint's index key), the index page lookup's and the index page's");
            verify(labels).addLabel(page, newLabels.constructed().get(0));
            verify(labels).addLabel(index, newLabels.constructed().get(2));
            InOrder order = inOrder(labels, index, pageManager);
            order.verify(labels).addLabel(page, newLabels.constructed().get(0));
            order.verify(pageManager).saveContentEntity(eq(index), any(SaveContext.class));
            order.verify(index).addChild(page);
            order.verify(pageManager).saveContentEntity(page, DefaultSaveContext.DEFAULT);
            assertEquals(List.of(true, true), savedInTransaction);
            assertEquals(new PageRef(42, "https://confluence.example.com/pages/viewpage.action?pageId=42"), ref);
        }
    }

    @Test
    void putsThePageUnderTheIndexPageTheSpaceAlreadyHas() {
        Page existingIndex = mock(Page.class);
        when(existingIndex.isCurrent()).thenReturn(true);
        PartialList<ContentEntityObject> indexOnly = partial(List.of(existingIndex));
        when(labels.getContentInSpaceForLabel(eq(0), anyInt(), eq("OPS"), any())).thenReturn(indexOnly);
        try (MockedConstruction<Page> newPages = mockConstruction(Page.class, (page, context) -> {
            when(page.getUrlPath()).thenReturn("/display/OPS/X");
            when(page.getId()).thenReturn(43L);
        })) {

            PageRef ref = adapter.create("OPS", List.of("T"), "<p/>");

            assertEquals(1, newPages.constructed().size(), "no second index page");
            verify(existingIndex).addChild(newPages.constructed().get(0));
            assertEquals(new PageRef(43, "https://confluence.example.com/display/OPS/X"), ref);
        }
    }

    @Test
    void takesTheFirstTitleNoPageOfTheSpaceHas() {
        Page existingIndex = mock(Page.class);
        when(existingIndex.isCurrent()).thenReturn(true);
        PartialList<ContentEntityObject> indexOnly = partial(List.of(existingIndex));
        when(labels.getContentInSpaceForLabel(eq(0), anyInt(), eq("OPS"), any())).thenReturn(indexOnly);
        when(pageManager.getPage("OPS", "Postmortem: X (2026-11-28)")).thenReturn(mock(Page.class));
        try (MockedConstruction<Page> newPages = mockConstruction(Page.class, (page, context) -> {
            when(page.getUrlPath()).thenReturn("/x");
            when(page.getId()).thenReturn(44L);
        })) {

            adapter.create("OPS", List.of("Postmortem: X (2026-11-28)", "Postmortem: X \u00b7 OPS-7 (2026-11-28)"),
                    "<p/>");

            verify(newPages.constructed().get(0)).setTitle("Postmortem: X \u00b7 OPS-7 (2026-11-28)");
        }

        when(pageManager.getPage("OPS", "only")).thenReturn(mock(Page.class));
        assertThrows(IllegalStateException.class, () -> adapter.create("OPS", List.of("only"), "<p/>"));
    }

    @Test
    void anIndexPageTitleInUseGetsANumberAsCreateContentGivesIt() {
        when(pageManager.getPage("OPS", "Postmortems")).thenReturn(mock(Page.class));
        try (MockedConstruction<Page> newPages = mockConstruction(Page.class, (page, context) -> {
            when(page.getUrlPath()).thenReturn("/x");
            when(page.getId()).thenReturn(45L);
        })) {

            adapter.create("OPS", List.of("T"), "<p/>");

            verify(newPages.constructed().get(1)).setTitle("Postmortems (2)");
            verify(newPages.constructed().get(1), never()).setTitle("Postmortems");
        }
    }

    @Test
    void aPageIsCurrentOnlyWhileItIsTheLatestVersionAndNotTrashed() {
        Page page = mock(Page.class);
        when(pageManager.getAbstractPage(42)).thenReturn(page);
        when(page.getId()).thenReturn(42L);
        when(page.getUrlPath()).thenReturn("/pages/viewpage.action?pageId=42");

        assertEquals(Optional.empty(), adapter.current(42), "trashed");
        when(page.isLatestVersion()).thenReturn(true);
        when(page.isCurrent()).thenReturn(true);
        assertEquals(Optional.of(new PageRef(42, "https://confluence.example.com/pages/viewpage.action?pageId=42")),
                adapter.current(42));
        assertEquals(Optional.empty(), adapter.current(43));
        assertSame(caller, AuthenticatedUserThreadLocal.get());
    }

    @Test
    void theCallerMayViewAPageOnlyWhenConfluenceSaysSoForThemAndThatPage() {
        Page page = mock(Page.class);
        when(pageManager.getAbstractPage(42)).thenReturn(page);
        when(page.isLatestVersion()).thenReturn(true);
        when(page.isCurrent()).thenReturn(true);

        assertFalse(adapter.mayView(42), "restricted");
        when(permissions.hasPermission(caller, Permission.VIEW, page)).thenReturn(true);
        assertTrue(adapter.mayView(42));
        assertFalse(adapter.mayView(43), "no such page");
    }
}
