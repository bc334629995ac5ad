package io.github.postmortems.confluence.macro;

import io.github.postmortems.incident.DraftedRowMemory;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.User;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.confluence.list.ConfluenceVisibility;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.PostmortemIndex;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.confluence.review.ReviewActors;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.review.ReviewStore;
import io.github.postmortems.confluence.support.VelocityTemplateRenderer;
import io.github.postmortems.jira.memory.InMemoryCreationLedger;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;
import io.github.postmortems.wording.WordingStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The macros wired as Confluence wires them, with Mockito standing in for the host's services only: the viewer reads
 * in New York, the site's default zone is UTC, three users exist, and the primary Jira link is jira.example.com.
 * Templates render through real Velocity with the host's escaping rules. Public for the benchmarks, which render
 * exactly what these tests render.
 */
public final class MacroFixture {

    static final String BASE = "/confluence";
    static final String CANONICAL = "https://wiki.example.com/confluence";

    final TimeZoneManager timeZones;
    final ApplicationProperties application;
    final UserManager users;
    final ApplicationLinkService applicationLinks;
    final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
    final Messages messages;
    final PermissionManager permissions;
    final SpaceManager spaces = mock(SpaceManager.class);
    final PageManager pages = mock(PageManager.class);
    final AttachmentManager attachments = mock(AttachmentManager.class);
    /** The signed-in user the evidence links are looked up for. */
    final User signedIn = mock(User.class);
    final InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
    final InMemoryCreationLedger ledger = new InMemoryCreationLedger();
    /** Jira connected through an application link (not found by id, so keys link through the primary), issues in OPS. */
    final FixedSettings jiraSettings = new FixedSettings(new JiraSettings(
            new JiraSettings.Connection.ApplicationLink("7c4f3a1e-0b4e-3d5f-9f0a-0123456789ab"), "OPS", "Task", Map.of(),
            JiraSettings.DEFAULT_SYNC_INTERVAL, ""));
    /** The clock the countermeasures board reads "today" from: 2026-11-21, noon UTC. */
    final Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    public MacroFixture() {
        this(BundleMessages.english());
    }

    public MacroFixture(Messages messages) {
        this(messages, false);
    }

    /**
     * For the benchmarks: the same zones, base URLs and users, answered by plain objects instead of Mockito, whose
     * bookkeeping per call (it records each one for verification) would otherwise be measured as the macros' cost.
     */
    public static MacroFixture withPlainHosts() {
        return new MacroFixture(BundleMessages.english(), true);
    }

    private MacroFixture(Messages messages, boolean plainHosts) {
        this.messages = messages;
        if (plainHosts) {
            PlainHosts hosts = new PlainHosts(TimeZone.getTimeZone("America/New_York"), TimeZone.getTimeZone("UTC"),
                    Map.of(UrlMode.RELATIVE, BASE, UrlMode.CANONICAL, CANONICAL));
            timeZones = hosts;
            application = hosts;
            users = hosts.users;
            PlainHosts.Links links = new PlainHosts.Links(URI.create("https://jira.example.com/"), "Company Jira");
            applicationLinks = links;
            permissions = links;
        } else {
            applicationLinks = mock(ApplicationLinkService.class);
            permissions = mock(PermissionManager.class);
            timeZones = mock(TimeZoneManager.class);
            application = mock(ApplicationProperties.class);
            users = mock(UserManager.class);
            when(timeZones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("America/New_York"));
            when(timeZones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
            when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn(BASE);
            when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn(CANONICAL);
        }
        user("8a7f808a6a1b2c3d016a1b2c3d4e0001", "jdoe", "Jo Doe");
        user("8a7f808a6a1b2c3d016a1b2c3d4e0002", "asmith", "Alex Smith");
        user("8a7f808a6a1b2c3d016a1b2c3d4e0003", "kwong", "Kim Wong");
        if (!plainHosts) {
            ApplicationLink jira = mock(ApplicationLink.class);
            when(jira.getDisplayUrl()).thenReturn(URI.create("https://jira.example.com/"));
            when(jira.getName()).thenReturn("Company Jira");
            when(applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(jira);
        }
    }

    private void user(String key, String username, String fullName) {
        if (users instanceof PlainHosts.Users known) {
            known.add(new PlainHosts.Profile(new UserKey(key), username, fullName,
                    URI.create("/display/~" + username)));
            return;
        }
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(username);
        when(profile.getFullName()).thenReturn(fullName);
        when(profile.getProfilePageUri()).thenReturn(URI.create("/display/~" + username));
        when(users.getUserProfile(new UserKey(key))).thenReturn(profile);
        when(users.getUserProfile(username)).thenReturn(profile);
    }

    public ViewerResolver viewers() {
        return new ViewerResolver(timeZones, application, messages);
    }

    public MacroTemplates templates() {
        return new MacroTemplates(renderer, messages);
    }

    public PostmortemDetailsMacro detailsMacro() {
        return detailsMacro(WordingStore.NOT_KEPT);
    }

    /** The details macro whose wording hints come from {@code wording}; who may edit is up to {@link #permissions}. */
    public PostmortemDetailsMacro detailsMacro(WordingStore wording) {
        return detailsMacro(wording, new NoReviews(), ApprovalRules.siteDefaults());
    }

    /** The details macro with the review {@code reviews} keeps, under {@code rules}. */
    public PostmortemDetailsMacro detailsMacro(WordingStore wording, ReviewStore reviews, ApprovalRules rules) {
        DetailsCards cards = new DetailsCards(new People(users), new JiraIssueLinks(applicationLinks, jiraSettings));
        PagePermissions pagePermissions = new PagePermissions(permissions, pages);
        ApprovalRulesStore rulesStore = new ApprovalRulesStore() {
            @Override
            public ApprovalRules site() {
                return rules;
            }

            @Override
            public java.util.Optional<ApprovalRules> space(String spaceKey) {
                return java.util.Optional.empty();
            }

            @Override
            public void saveSite(ApprovalRules saved) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void saveSpace(String spaceKey, java.util.Optional<ApprovalRules> saved) {
                throw new UnsupportedOperationException();
            }
        };
        ReviewSections review = new ReviewSections(reviews, rulesStore,
                new ReviewActors(permissions, pagePermissions, users), new People(users));
        return new PostmortemDetailsMacro(viewers(), new ShowDetails(new StorageReader(), cards),
                new WordingSections(wording, new People(users)), pagePermissions, review, templates());
    }

    /** No review recorded for any page: the card shows the page's own status. */
    public static final class NoReviews implements ReviewStore {
        @Override
        public Stored load(long pageId) {
            return Stored.none();
        }

        @Override
        public int record(long pageId, Stored seen, io.github.postmortems.review.Review next,
                          io.github.postmortems.review.Decision decision, java.util.Optional<String> snapshot,
                          java.util.function.IntSupplier write) {
            throw new UnsupportedOperationException();
        }
    }

    public UserManager users() {
        return users;
    }

    public CountermeasuresMacro countermeasuresMacro() {
        return countermeasuresMacro(DraftedRowMemory.NONE);
    }

    /** The countermeasures macro whose "From Jira" marks follow what {@code drafted} remembers. */
    public CountermeasuresMacro countermeasuresMacro(DraftedRowMemory drafted) {
        CountermeasureBoards boards = new CountermeasureBoards(new People(users), new JiraIssueLinks(applicationLinks, jiraSettings));
        return new CountermeasuresMacro(viewers(),
                new ShowCountermeasures(new StorageReader(), tracked, ledger, boards, jiraSettings, clock, drafted),
                new PagePermissions(permissions, mock(PageManager.class)), new AdminAccess(users), templates());
    }

    /** The list over {@code index}; who sees what is up to {@link #spaces}, {@link #pages} and the permissions. */
    public PostmortemListMacro listMacro(PostmortemIndex index) {
        return listMacro(index, SloPolicyStore.DEFAULTS);
    }

    /** The list over {@code index}, naming the SLO policies {@code slo} keeps. */
    public PostmortemListMacro listMacro(PostmortemIndex index, SloPolicyStore slo) {
        return new PostmortemListMacro(viewers(), new ListPostmortems(index, clock), visibility(), new ListViews(slo),
                templates());
    }

    public PermissionManager permissions() {
        return permissions;
    }

    public SpaceManager spaces() {
        return spaces;
    }

    public PageManager pages() {
        return pages;
    }

    public ConfluenceVisibility visibility() {
        return new ConfluenceVisibility(permissions, spaces, pages);
    }

    public IncidentTimelineMacro timelineMacro() {
        return timelineMacro(DraftedRowMemory.NONE);
    }

    /** The timeline macro whose "From Jira" marks follow what {@code drafted} remembers. */
    public IncidentTimelineMacro timelineMacro(DraftedRowMemory drafted) {
        return new IncidentTimelineMacro(viewers(), new ShowTimeline(new StorageReader(), drafted), evidence(),
                templates());
    }

    /** Evidence looked up in {@link #pages} and {@link #attachments} for {@link #signedIn}, who sees what is permitted. */
    ConfluenceEvidence evidence() {
        return new ConfluenceEvidence(pages, attachments, permissions) {
            @Override
            User viewer() {
                return signedIn;
            }
        };
    }

    /**
     * A page view ("display") of a page whose storage is {@code pageStorage}. It keeps no properties: each execute
     * reads the page as the first macro of a render does (see {@link #render} for a render its macros share).
     */
    public static ConversionContext context(String outputType, String pageStorage) {
        ConversionContext context = mock(ConversionContext.class);
        ContentEntityObject page = mock(ContentEntityObject.class);
        when(page.getId()).thenReturn(98_305L);
        when(page.getVersion()).thenReturn(3);
        when(page.getTitle()).thenReturn("Postmortem: sample page");
        when(page.getBodyAsString()).thenReturn(pageStorage);
        when(page.isLatestVersion()).thenReturn(true);
        when(page.isCurrent()).thenReturn(true);
        when(context.getEntity()).thenReturn(page);
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getSpaceKey()).thenReturn("OPS");
        return context;
    }

    public static ConversionContext display(String pageStorage) {
        return context("display", pageStorage);
    }

    /**
     * One render of a page, as Confluence hands it to every macro of the page: a page view whose properties are kept
     * for the macros that come after.
     */
    public static ConversionContext render(String pageStorage) {
        ConversionContext context = display(pageStorage);
        Map<String, Object> properties = new HashMap<>();
        doAnswer(call -> properties.put(call.getArgument(0), call.getArgument(1))).when(context)
                .setProperty(anyString(), any());
        when(context.getProperty(anyString())).thenAnswer(call -> properties.get(call.<String>getArgument(0)));
        return context;
    }

    public static String sample(String name) {
        try (InputStream in = MacroFixture.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The markup inside a macro's body in a page's storage, as the macro receives it; "" when absent. */
    public static String body(String storage, String macroName) {
        Element page = Jsoup.parse(storage, "", Parser.xmlParser());
        Element macro = page.selectFirst("ac|structured-macro[ac:name=" + macroName + "], ac|macro[ac:name=" + macroName + "]");
        if (macro == null) {
            return "";
        }
        Element body = macro.selectFirst("ac|rich-text-body");
        return body == null ? "" : body.html();
    }

    /** Macro output parsed as a browser would read it. */
    static org.jsoup.nodes.Document html(String output) {
        return Jsoup.parseBodyFragment(output);
    }

}
