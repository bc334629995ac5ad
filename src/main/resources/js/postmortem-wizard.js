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
        'postmortems.blueprint.wizard.warning.start-in-future': AJS.I18n.getText('postmortems.blueprint.wizard.warning.start-in-future')
    };

    // The zone of the viewer's Confluence profile (io.github.postmortems.confluence.rest.WizardTimeZoneResource).
    var PROFILE_ZONE = '/rest/postmortems/1.0/wizard/time-zone';

    function message(key) {
        return MESSAGES[key] || key;
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
        });

        wizard.on('submit.postmortemWizardPage', function () {
            return form === null || form.validateAll();
        });
    });
}(AJS.$));
