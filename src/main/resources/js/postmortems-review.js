/*
 * The details card's review steps. A button opens its dialog (the reviewers to ask, or a comment with Approve and
 * Request changes) or posts at once (Publish). Each step goes to the page's review resource as JSON with
 * X-Atlassian-Token, and the page reloads to show the version the step wrote. A refusal is shown where the step was
 * asked for, in the server's words (already in the person's language). Which buttons exist is the server's choice;
 * the server decides again when the step arrives.
 */
(function (global) {
    'use strict';

    var MAX_NAMES = 50;

    /** The user names typed, split on commas, semicolons and line breaks, trimmed, each once, "@" dropped. */
    function names(text) {
        var seen = {};
        var out = [];
        var parts = String(text || '').split(/[,;\r\n]+/);
        for (var i = 0; i < parts.length && out.length < MAX_NAMES; i++) {
            var name = parts[i].trim().replace(/^@/, '');
            if (name && !Object.prototype.hasOwnProperty.call(seen, name)) {
                seen[name] = true;
                out.push(name);
            }
        }
        return out;
    }

    function post(fetchImpl, url, body) {
        return fetchImpl(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = {};
                try {
                    json = text ? JSON.parse(text) : {};
                } catch (notJson) {
                    json = {};
                }
                return {ok: response.ok, message: typeof json.message === 'string' ? json.message : ''};
            });
        });
    }

    function show(dialog) {
        if (global.AJS && typeof global.AJS.dialog2 === 'function') {
            global.AJS.dialog2(dialog).show();
            return;
        }
        dialog.hidden = false;
        dialog.setAttribute('aria-hidden', 'false');
        dialog.setAttribute('open', '');
    }

    function hide(dialog) {
        if (global.AJS && typeof global.AJS.dialog2 === 'function') {
            global.AJS.dialog2(dialog).hide();
            return;
        }
        dialog.hidden = true;
        dialog.setAttribute('aria-hidden', 'true');
        dialog.removeAttribute('open');
    }

    function say(element, text) {
        if (!element) {
            return;
        }
        element.textContent = text;
        element.hidden = !text;
    }

    /** Wires one card's review section; its dialogs may be moved to the body by AUI, so each button is bound. */
    function wire(section, fetchImpl, reload) {
        var url = section.getAttribute('data-pm-review-url');
        var failed = section.getAttribute('data-pm-review-failed') || '';
        var working = section.getAttribute('data-pm-review-working') || '';
        var status = section.querySelector('.pm-review__message');
        var dialogs = {};
        var found = section.querySelectorAll('[data-pm-review-dialog]');
        for (var d = 0; d < found.length; d++) {
            dialogs[found[d].getAttribute('data-pm-review-dialog')] = found[d];
        }

        function take(step, body, errorSlot, button) {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            say(status, working);
            return post(fetchImpl, url + '/' + step, body).then(function (answer) {
                if (answer.ok) {
                    say(status, answer.message);
                    reload();
                    return;
                }
                say(status, '');
                say(errorSlot, answer.message || failed);
                button.disabled = false;
                button.removeAttribute('aria-busy');
            }, function () {
                say(status, '');
                say(errorSlot, failed);
                button.disabled = false;
                button.removeAttribute('aria-busy');
            });
        }

        var steps = section.querySelectorAll('[data-pm-review-step]');
        for (var s = 0; s < steps.length; s++) {
            steps[s].addEventListener('click', function (event) {
                var button = event.currentTarget;
                var opens = button.getAttribute('data-pm-review-opens');
                if (opens && dialogs[opens]) {
                    say(dialogs[opens].querySelector('.pm-review-dialog__error'), '');
                    show(dialogs[opens]);
                    var first = dialogs[opens].querySelector('input, textarea');
                    if (first) {
                        first.focus();
                    }
                    return;
                }
                take(button.getAttribute('data-pm-review-step'), {}, status, button);
            });
        }
        Object.keys(dialogs).forEach(function (name) {
            var dialog = dialogs[name];
            var errorSlot = dialog.querySelector('.pm-review-dialog__error');
            var submits = dialog.querySelectorAll('[data-pm-review-submit]');
            for (var b = 0; b < submits.length; b++) {
                submits[b].addEventListener('click', function (event) {
                    var button = event.currentTarget;
                    var body = name === 'request'
                        ? {reviewers: names(dialog.querySelector('[name="reviewers"]').value)}
                        : {comment: dialog.querySelector('[name="comment"]').value};
                    take(button.getAttribute('data-pm-review-submit'), body, errorSlot, button);
                });
            }
            var cancels = dialog.querySelectorAll('[data-pm-review-cancel]');
            for (var c = 0; c < cancels.length; c++) {
                cancels[c].addEventListener('click', function () {
                    hide(dialog);
                });
            }
            var form = dialog.querySelector('form');
            if (form) {
                form.addEventListener('submit', function (event) {
                    event.preventDefault();
                });
            }
        });
    }

    function init(root, fetchImpl, reload) {
        fetchImpl = fetchImpl || global.fetch.bind(global);
        reload = reload || function () {
            global.location.reload();
        };
        var sections = root.querySelectorAll('.pm-review[data-pm-review-url]');
        for (var i = 0; i < sections.length; i++) {
            if (!sections[i].hasAttribute('data-pm-review-wired')) {
                sections[i].setAttribute('data-pm-review-wired', '');
                wire(sections[i], fetchImpl, reload);
            }
        }
        return sections.length;
    }

    global.PostmortemsReview = {init: init, names: names};
    if (global.document && !global.PostmortemsReviewManualStart) {
        var start = function () {
            init(global.document);
        };
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
}(window));
