/*
 * Confluence glue for the postmortem wizard: registers with the Create dialog, fills the time zones (the one of the
 * viewer's profile selected), turns the person fields into Confluence user pickers and checks the form before
 * Confluence creates the page. The rules themselves live in postmortem-wizard-validation.js.
 */
(function ($) {
    'use strict';

    // Literal calls, so Confluence's jsI18n transform puts the viewer's language in at serve time.
    var MESSAGES = {
        'postmortems.blueprint.wizard.error.title-required': AJS.I18n.getText('postmortems.blueprint.wizard.error.title-required'),
        'postmortems.blueprint.wizard.error.title-too-long': AJS.I18n.getText('postmortems.blueprint.wizard.error.title-too-long'),
        'postmortems.blueprint.wizard.error.severity-unknown': AJS.I18n.getText('postmortems.blueprint.wizard.error.severity-unknown'),
        'postmortems.blueprint.wizard.error.start-date-required': AJS.I18n.getText('postmortems.blueprint.wizard.error.start-date-required'),
        'postmortems.blueprint.wizard.error.start-time-required': AJS.I18n.getText('postmortems.blueprint.wizard.error.start-time-required'),
        'postmortems.blueprint.wizard.error.date-invalid': AJS.I18n.getText('postmortems.blueprint.wizard.error.date-invalid'),
        'postmortems.blueprint.wizard.error.time-invalid': AJS.I18n.getText('postmortems.blueprint.wizard.error.time-invalid'),
        'postmortems.blueprint.wizard.error.date-and-time': AJS.I18n.getText('postmortems.blueprint.wizard.error.date-and-time'),
        'postmortems.blueprint.wizard.error.detect-before-start': AJS.I18n.getText('postmortems.blueprint.wizard.error.detect-before-start'),
        'postmortems.blueprint.wizard.error.end-before-start': AJS.I18n.getText('postmortems.blueprint.wizard.error.end-before-start'),
        'postmortems.blueprint.wizard.error.end-before-detect': AJS.I18n.getText('postmortems.blueprint.wizard.error.end-before-detect'),
        'postmortems.blueprint.wizard.error.zone-required': AJS.I18n.getText('postmortems.blueprint.wizard.error.zone-required'),
        'postmortems.blueprint.wizard.error.zone-invalid': AJS.I18n.getText('postmortems.blueprint.wizard.error.zone-invalid'),
        'postmortems.blueprint.wizard.error.key-invalid': AJS.I18n.getText('postmortems.blueprint.wizard.error.key-invalid'),
        'postmortems.blueprint.wizard.error.user-too-long': AJS.I18n.getText('postmortems.blueprint.wizard.error.user-too-long'),
        'postmortems.blueprint.wizard.warning.start-in-future': AJS.I18n.getText('postmortems.blueprint.wizard.warning.start-in-future'),
        'postmortems.blueprint.wizard.incident-title.label': AJS.I18n.getText('postmortems.blueprint.wizard.incident-title.label'),
        'postmortems.blueprint.wizard.severity.label': AJS.I18n.getText('postmortems.blueprint.wizard.severity.label'),
        'postmortems.blueprint.wizard.start-date.label': AJS.I18n.getText('postmortems.blueprint.wizard.start-date.label'),
        'postmortems.blueprint.wizard.start-time.label': AJS.I18n.getText('postmortems.blueprint.wizard.start-time.label'),
        'postmortems.blueprint.wizard.detect-date.label': AJS.I18n.getText('postmortems.blueprint.wizard.detect-date.label'),
        'postmortems.blueprint.wizard.detect-time.label': AJS.I18n.getText('postmortems.blueprint.wizard.detect-time.label'),
        'postmortems.blueprint.wizard.end-date.label': AJS.I18n.getText('postmortems.blueprint.wizard.end-date.label'),
        'postmortems.blueprint.wizard.end-time.label': AJS.I18n.getText('postmortems.blueprint.wizard.end-time.label'),
        'postmortems.blueprint.wizard.facilitator.label': AJS.I18n.getText('postmortems.blueprint.wizard.facilitator.label'),
        'postmortems.blueprint.wizard.contact.label': AJS.I18n.getText('postmortems.blueprint.wizard.contact.label'),
        'postmortems.blueprint.wizard.fill.heading': AJS.I18n.getText('postmortems.blueprint.wizard.fill.heading'),
        'postmortems.blueprint.wizard.fill.responders': AJS.I18n.getText('postmortems.blueprint.wizard.fill.responders'),
        'postmortems.blueprint.wizard.fill.apply': AJS.I18n.getText('postmortems.blueprint.wizard.fill.apply'),
        'postmortems.blueprint.wizard.fill.cancel': AJS.I18n.getText('postmortems.blueprint.wizard.fill.cancel'),
        'postmortems.blueprint.wizard.fill.offer': AJS.I18n.getText('postmortems.blueprint.wizard.fill.offer'),
        'postmortems.blueprint.wizard.fill.timeline': AJS.I18n.getText('postmortems.blueprint.wizard.fill.timeline'),
        'postmortems.blueprint.wizard.fill.comments': AJS.I18n.getText('postmortems.blueprint.wizard.fill.comments'),
        'postmortems.blueprint.wizard.fill.countermeasures':
            AJS.I18n.getText('postmortems.blueprint.wizard.fill.countermeasures'),
        'postmortems.blueprint.wizard.fill.failed': AJS.I18n.getText('postmortems.blueprint.wizard.fill.failed')
    };

    // The incident's draft (io.github.postmortems.confluence.rest.IncidentDraftResource).
    var INCIDENT_DRAFT = '/rest/postmortems/1.0/wizard/incident-draft';

    // The zone of the viewer's Confluence profile (io.github.postmortems.confluence.rest.WizardTimeZoneResource).
    var PROFILE_ZONE = '/rest/postmortems/1.0/wizard/time-zone';

    function message(key) {
        return MESSAGES[key] || key;
    }

    /** "Fill from Jira": asks for the draft as the signed-in user; a refusal is the server's one line. */
    function bindFillFromJira(element) {
        var button = element.querySelector('[data-fill-from-jira]');
        var status = element.querySelector('[data-fill-status]');
        var panel = element.querySelector('[data-fill-panel]');
        if (!button || !status || !panel) {
            return;
        }
        button.addEventListener('click', function () {
            button.disabled = true;
            $.ajax({
                url: AJS.contextPath() + INCIDENT_DRAFT,
                type: 'GET',
                dataType: 'json',
                data: {issue: element.elements.namedItem('incidentKey').value,
                    timeZone: element.elements.namedItem('timeZone').value},
                headers: {'X-Atlassian-Token': 'no-check'}
            }).done(function (draft) {
                PostmortemsWizardFill.show(element, status, panel, draft, message);
            }).fail(function (xhr) {
                var answer = xhr && xhr.responseJSON;
                PostmortemsWizardFill.refuse(status, panel, answer && answer.message
                    ? answer.message : message('postmortems.blueprint.wizard.fill.failed'));
            }).always(function () {
                button.disabled = false;
            });
        });
    }

    // <plugin key>:<web-item module key>, as the Create dialog knows the blueprint.
    Confluence.Blueprint.setWizard('io.github.postmortems.confluence:blueprint-web-item', function (wizard) {
        var form = null;

        wizard.on('post-render.postmortemWizardPage', function (e, state) {
            var element = state.$container.find('form.postmortem-wizard')[0];
            var zones = element.elements.namedItem('timeZone');
            // The browser's zone until the profile's arrives; if it never does, the browser's stays.
            PostmortemsWizardForm.fillTimeZones(zones);
            PostmortemsWizardForm.bindZoneFilter(element.querySelector('[data-zone-filter]'), zones);
            $.getJSON(AJS.contextPath() + PROFILE_ZONE).done(function (answer) {
                PostmortemsWizardForm.preferZone(zones, answer && answer.timeZone);
            });
            var binder = AJS.Confluence && AJS.Confluence.Binder;
            if (binder && typeof binder.autocompleteUser === 'function') {
                binder.autocompleteUser(state.$container);
            }
            form = PostmortemsWizardForm.bind(element, message);
            bindFillFromJira(element);
            // A link from the incident (CreateDialogLink) names it in the page's query, which stays while we run.
            PostmortemsWizardFill.offerIncident(element, element.querySelector('[data-fill-status]'),
                PostmortemsWizardFill.incidentFromQuery(window.location.search), message);
        });

        wizard.on('submit.postmortemWizardPage', function () {
            return form === null || form.validateAll();
        });
    });
}(AJS.$));
