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
        var responders = (draft.responders || []).filter(function (person) { return person.username; });
        panel.pmResponders = responders.map(function (person) { return person.username; });
        if (responders.length > 0) {
            // Ticked: the page's Responders line mentions them (the names shown are Jira's, the mentions usernames).
            var line = element(doc, 'div', 'checkbox pm-fill-responders');
            var tick = element(doc, 'input', 'checkbox');
            tick.type = 'checkbox';
            tick.id = 'pm-fill-responders';
            tick.checked = true;
            tick.setAttribute('data-fill-responders', '');
            var label = element(doc, 'label', '', text('postmortems.blueprint.wizard.fill.responders')
                .replace('{0}', responders.map(function (person) { return person.displayName; }).join(', ')));
            label.htmlFor = tick.id;
            line.appendChild(tick);
            line.appendChild(label);
            panel.appendChild(line);
        }
        var rows = draftedRows(draft);
        panel.pmDraftedRows = rows;
        appendRows(doc, panel, rows, 'timeline', text('postmortems.blueprint.wizard.fill.timeline'));
        appendRows(doc, panel, rows, 'comment', text('postmortems.blueprint.wizard.fill.comments'));
        appendRows(doc, panel, rows, 'countermeasure', text('postmortems.blueprint.wizard.fill.countermeasures'));
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

    /**
     * The rows the draft offers for the page's tables, as the hidden field sends them: timeline rows and linked issues
     * ticked by default, comments not (a person chooses them one by one).
     */
    function draftedRows(draft) {
        var rows = [];
        (draft.timeline || []).forEach(function (row) {
            rows.push({kind: 'timeline', row: row, ticked: true});
        });
        (draft.comments || []).forEach(function (row) {
            rows.push({kind: 'comment', row: row, ticked: false});
        });
        (draft.countermeasures || []).forEach(function (issue) {
            rows.push({kind: 'countermeasure', row: issue, ticked: true});
        });
        return rows;
    }

    /** One list of rows of a kind under its heading, each a tick and what the row will say; scrolls when long. */
    function appendRows(doc, panel, rows, kind, heading) {
        var ofKind = [];
        rows.forEach(function (entry, index) {
            if (entry.kind === kind) {
                ofKind.push(index);
            }
        });
        if (ofKind.length === 0) {
            return;
        }
        // Not a fieldset: AUI's form layout floats a legend into the label column.
        var group = element(doc, 'div', 'pm-fill-rows');
        group.setAttribute('data-fill-rows', kind);
        group.setAttribute('role', 'group');
        var title = element(doc, 'p', 'pm-fill-rows-heading', heading.replace('{0}', ofKind.length));
        title.id = 'pm-fill-rows-' + kind;
        group.setAttribute('aria-labelledby', title.id);
        group.appendChild(title);
        var list = element(doc, 'div', 'pm-fill-rowlist');
        ofKind.forEach(function (index) {
            var entry = rows[index];
            var line = element(doc, 'div', 'pm-fill-line');
            var tick = element(doc, 'input');
            tick.type = 'checkbox';
            tick.id = 'pm-fill-row-' + index;
            tick.checked = entry.ticked;
            tick.setAttribute('data-fill-row', String(index));
            var label = element(doc, 'label');
            label.htmlFor = tick.id;
            if (kind === 'countermeasure') {
                label.appendChild(element(doc, 'span', 'pm-fill-when', entry.row.key));
                label.appendChild(element(doc, 'span', 'pm-fill-what', entry.row.text));
                if (entry.row.status) {
                    label.appendChild(element(doc, 'span', 'aui-lozenge aui-lozenge-subtle pm-fill-status',
                        entry.row.status));
                }
            } else {
                label.appendChild(element(doc, 'span', 'pm-fill-when', entry.row.date + ' ' + entry.row.time));
                label.appendChild(element(doc, 'span', 'pm-fill-what', entry.row.text));
            }
            line.appendChild(tick);
            line.appendChild(label);
            list.appendChild(line);
        });
        group.appendChild(list);
        panel.appendChild(group);
    }

    /** The ticked rows as the hidden field carries them to the server (which checks every one again). */
    function chosenRows(panel) {
        var rows = panel.pmDraftedRows || [];
        var chosen = [];
        var ticks = panel.querySelectorAll('[data-fill-row]');
        for (var i = 0; i < ticks.length; i++) {
            var entry = rows[Number(ticks[i].getAttribute('data-fill-row'))];
            if (!ticks[i].checked || !entry) {
                continue;
            }
            if (entry.kind === 'countermeasure') {
                chosen.push({kind: entry.kind, source: 'link:' + entry.row.key, text: entry.row.text,
                    key: entry.row.key});
            } else {
                var sent = {kind: entry.kind, source: entry.row.source, at: entry.row.at, text: entry.row.text,
                    entryKind: entry.row.kind};
                if (entry.row.evidence) {
                    sent.evidence = entry.row.evidence;
                }
                chosen.push(sent);
            }
        }
        return chosen;
    }

    /** Copies each ticked value into its form field, as if typed, so the form's checks run on it; then closes. */
    function fill(form, panel) {
        var hidden = form.elements.namedItem('draftedRows');
        if (hidden && panel.pmDraftedRows) {
            var chosen = chosenRows(panel);
            hidden.value = chosen.length > 0 ? JSON.stringify(chosen) : '';
        }
        var people = form.elements.namedItem('draftedResponders');
        var peopleTick = panel.querySelector('[data-fill-responders]');
        if (people && panel.pmResponders) {
            people.value = peopleTick && peopleTick.checked ? panel.pmResponders.join('\n') : '';
        }
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

    /**
     * The incident key a Create-dialog link carried in our own query parameter (see
     * io.github.postmortems.blueprint.CreateDialogLink); '' when there is none or it is not a key.
     */
    function incidentFromQuery(search) {
        var query = String(search || '').replace(/^\?/, '');
        if (query.length > 4000) {
            return '';
        }
        var pairs = query.split('&');
        for (var i = 0; i < pairs.length; i++) {
            var equals = pairs[i].indexOf('=');
            if (equals > 0 && pairs[i].substring(0, equals) === 'postmortemIncident') {
                var value;
                try {
                    value = decodeURIComponent(pairs[i].substring(equals + 1).replace(/\+/g, ' ')).trim();
                } catch (e) {
                    return '';
                }
                return /^[A-Za-z][A-Za-z0-9_]{0,254}-[1-9][0-9]{0,17}$/.test(value) ? value.toUpperCase() : '';
            }
        }
        return '';
    }

    /**
     * Puts the link's incident key in the incident field when it is still empty, and offers Fill from Jira in one
     * line under it, with the button focused; nothing is asked of Jira until the person chooses to.
     */
    function offerIncident(form, status, key, text) {
        var field = form.elements.namedItem('incidentKey');
        if (!key || !field) {
            return false;
        }
        if (field.value === '') {
            field.value = key;
            field.dispatchEvent(new Event('input', {bubbles: true}));
            field.dispatchEvent(new Event('change', {bubbles: true}));
        }
        status.textContent = text('postmortems.blueprint.wizard.fill.offer').replace('{0}', field.value);
        status.hidden = false;
        var button = form.querySelector('[data-fill-from-jira]');
        if (button) {
            button.focus();
        }
        return true;
    }

    root.PostmortemsWizardFill = {FIELDS: FIELDS, LABELS: LABELS, show: show, refuse: refuse, fill: fill,
        chosenRows: chosenRows, incidentFromQuery: incidentFromQuery, offerIncident: offerIncident};
}(typeof window !== 'undefined' ? window : this));
