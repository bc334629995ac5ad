/*
 * "Fill from Jira" in the postmortem wizard, with the plain DOM (no AJS) so a headless browser can test it: shows what
 * the incident would fill, each value editable and ticked only where the form is still empty, and copies the ticked
 * values into the form. A refusal is one line under the field; the form is never touched then.
 */
(function (root) {
    'use strict';

    // The form fields a draft may fill, in the form's order; the key and zone are the form's own already.
    var FIELDS = ['incidentTitle', 'severity', 'startDate', 'startTime', 'detectDate', 'detectTime', 'endDate',
        'endTime', 'facilitator', 'contact'];
    var LABELS = {
        incidentTitle: 'postmortems.blueprint.wizard.incident-title.label',
        severity: 'postmortems.blueprint.wizard.severity.label',
        startDate: 'postmortems.blueprint.wizard.start-date.label',
        startTime: 'postmortems.blueprint.wizard.start-time.label',
        detectDate: 'postmortems.blueprint.wizard.detect-date.label',
        detectTime: 'postmortems.blueprint.wizard.detect-time.label',
        endDate: 'postmortems.blueprint.wizard.end-date.label',
        endTime: 'postmortems.blueprint.wizard.end-time.label',
        facilitator: 'postmortems.blueprint.wizard.facilitator.label',
        contact: 'postmortems.blueprint.wizard.contact.label'
    };

    function element(doc, tag, className, text) {
        var made = doc.createElement(tag);
        if (className) {
            made.className = className;
        }
        if (text !== undefined) {
            made.textContent = text;
        }
        return made;
    }

    /** The editor of one value: like the form's own field (a copy of the severity select, a date or time input). */
    function editorFor(form, name, value) {
        var own = form.elements.namedItem(name);
        var doc = form.ownerDocument;
        var editor;
        if (own && own.tagName === 'SELECT') {
            editor = own.cloneNode(true);
            editor.removeAttribute('id');
        } else {
            editor = element(doc, 'input', 'text');
            editor.type = own && own.type ? own.type : 'text';
        }
        editor.removeAttribute('name');
        editor.setAttribute('data-fill-value', name);
        editor.value = value;
        return editor;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    /** Shows a refusal or failure: one line, the form as it was. */
    function refuse(status, panel, line) {
        clear(panel);
        panel.hidden = true;
        status.textContent = line;
        status.hidden = false;
    }

    /**
     * Shows the draft's values in the panel, each with a tick (ticked where the form's field is empty) and an editor.
     * @param text key -> text in the viewer's language
     */
    function show(form, status, panel, draft, text) {
        var doc = form.ownerDocument;
        status.hidden = true;
        status.textContent = '';
        clear(panel);
        var values = (draft && draft.values) || {};
        panel.appendChild(element(doc, 'p', 'pm-fill-heading',
            text('postmortems.blueprint.wizard.fill.heading').replace('{0}', values.incidentKey || '')));
        var list = element(doc, 'div', 'pm-fill-values');
        FIELDS.forEach(function (name) {
            if (values[name] === undefined || values[name] === '') {
                return;
            }
            var row = element(doc, 'div', 'pm-fill-row');
            var tick = element(doc, 'input');
            tick.type = 'checkbox';
            tick.id = 'pm-fill-' + name;
            tick.setAttribute('data-fill-tick', name);
            var own = form.elements.namedItem(name);
            tick.checked = !own || own.value === '';
            var label = element(doc, 'label', '', text(LABELS[name]));
            label.htmlFor = tick.id;
            row.appendChild(tick);
            row.appendChild(label);
            row.appendChild(editorFor(form, name, values[name]));
            list.appendChild(row);
        });
        panel.appendChild(list);
        var responders = (draft.responders || []).map(function (person) { return person.displayName; });
        if (responders.length > 0) {
            panel.appendChild(element(doc, 'p', 'description',
                text('postmortems.blueprint.wizard.fill.responders').replace('{0}', responders.join(', '))));
        }
        (draft.warnings || []).forEach(function (warning) {
            panel.appendChild(element(doc, 'p', 'description pm-fill-warning', warning));
        });
        var buttons = element(doc, 'div', 'buttons');
        var apply = element(doc, 'button', 'aui-button aui-button-primary', text('postmortems.blueprint.wizard.fill.apply'));
        apply.type = 'button';
        apply.setAttribute('data-fill-apply', '');
        var cancel = element(doc, 'button', 'aui-button aui-button-link', text('postmortems.blueprint.wizard.fill.cancel'));
        cancel.type = 'button';
        buttons.appendChild(apply);
        buttons.appendChild(cancel);
        panel.appendChild(buttons);
        apply.addEventListener('click', function () {
            fill(form, panel);
        });
        cancel.addEventListener('click', function () {
            clear(panel);
            panel.hidden = true;
        });
        panel.hidden = false;
    }

    /** Copies each ticked value into its form field, as if typed, so the form's checks run on it; then closes. */
    function fill(form, panel) {
        var ticks = panel.querySelectorAll('[data-fill-tick]');
        for (var i = 0; i < ticks.length; i++) {
            var name = ticks[i].getAttribute('data-fill-tick');
            var editor = panel.querySelector('[data-fill-value="' + name + '"]');
            var field = form.elements.namedItem(name);
            if (ticks[i].checked && editor && field) {
                field.value = editor.value;
                field.dispatchEvent(new Event('input', {bubbles: true}));
                field.dispatchEvent(new Event('change', {bubbles: true}));
            }
        }
        clear(panel);
        panel.hidden = true;
    }

    root.PostmortemsWizardFill = {FIELDS: FIELDS, LABELS: LABELS, show: show, refuse: refuse, fill: fill};
}(typeof window !== 'undefined' ? window : this));
