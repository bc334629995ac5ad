/*
 * "Create Jira issues" on the countermeasures macro: asks the plugin's REST resource which rows need an issue, then
 * has it create them in batches (at most 20 per request; each answer says where to go on), showing progress and each
 * row's result; each key is written into the page right after its create. Issues created for rows that have since
 * changed can be placed into their row or released. "Check Jira issues" beside it reads the typed keys as the user
 * who presses it. Every text comes from the server in the reader's language: the REST answers', or the patterns the
 * board writes into its own element as data-text-* attributes (Confluence's jsI18n transform translates only literal
 * AJS.I18n.getText calls, never a key in a variable), filled in by Postmortems.format (postmortems-format.js).
 */
(function () {
    'use strict';

    var HEADERS = {'X-Atlassian-Token': 'no-check', 'Accept': 'application/json', 'Content-Type': 'application/json'};

    /** The board's pattern called {@code name}, filled with the remaining arguments. */
    function text(board, name) {
        var pattern = board ? board.getAttribute('data-text-' + name) : null;
        return window.Postmortems.format(pattern === null ? '' : pattern, Array.prototype.slice.call(arguments, 2));
    }

    function call(board, method, url) {
        return fetch(url, {method: method, headers: HEADERS, credentials: 'same-origin'}).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (body) {
                if (!response.ok) {
                    var failure = new Error(body.message || text(board, 'failed-request', response.status));
                    failure.status = response.status;
                    throw failure;
                }
                return body;
            });
        });
    }

    function showOnRow(board, outcome) {
        var row = board.querySelector('tr[data-row-id="' + outcome.rowId + '"] .pm-cm__result');
        if (!row) {
            return;
        }
        row.textContent = [outcome.message].concat(outcome.notes || []).join(' ');
        row.className = 'pm-cm__result ' + (outcome.tracked ? 'pm-cm__result--created' : 'pm-cm__result--failed');
    }

    function run(button) {
        var board = button.closest('.pm-countermeasures');
        var progress = board.querySelector('.pm-create-progress');
        var url = button.getAttribute('data-url');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        progress.textContent = text(board, 'preparing');

        return call(board, 'GET', url).then(function (plan) {
            var todo = plan.rows.filter(function (row) {
                return !row.key;
            }).length;
            var done = 0;
            var created = 0;
            var failed = 0;

            function batch(from) {
                progress.textContent = text(board, 'batch', done, todo);
                return call(board, 'POST', url + '?from=' + encodeURIComponent(from)).then(function (answer) {
                    answer.rows.forEach(function (outcome) {
                        showOnRow(board, outcome);
                        done++;
                        if (outcome.tracked) {
                            created++;
                        } else {
                            failed++;
                        }
                    });
                    return answer.next === null || answer.next === undefined ? null : batch(answer.next);
                });
            }

            return batch(0).then(function () {
                progress.textContent = failed === 0
                    ? text(board, 'done', created)
                    : text(board, 'partly', created, failed);
                if (created > 0) {
                    offerReload(board, progress);
                }
            });
        }).catch(function (failure) {
            progress.textContent = failure.message || text(board, 'failed-network');
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    /** A link to load the page again, after the progress text: what changed shows on the board after a reload. */
    function offerReload(board, progress) {
        var reload = document.createElement('a');
        reload.href = window.location.href;
        reload.className = 'pm-create-reload';
        reload.textContent = text(board, 'reload');
        progress.appendChild(document.createTextNode(' '));
        progress.appendChild(reload);
    }

    /** "Check Jira issues": one request; the server reads the typed keys as this user and says what it found. */
    function check(button) {
        var board = button.closest('.pm-countermeasures');
        var progress = board.querySelector('.pm-create-progress');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        progress.textContent = text(board, 'checking');
        return call(board, 'POST', button.getAttribute('data-url')).then(function (answer) {
            progress.textContent = answer.message || '';
            if (answer.read && answer.read.length > 0) {
                offerReload(board, progress);
            }
        }).catch(function (failure) {
            progress.textContent = failure.message || text(board, 'failed-network');
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    /** Place (into the chosen row) or release an issue created for a row that has since changed. */
    function settle(button, release) {
        var item = button.closest('.pm-unplaced__issue');
        var key = item.getAttribute('data-key');
        var url = button.getAttribute('data-url') + '/unplaced/' + encodeURIComponent(key);
        if (!release) {
            var row = item.querySelector('.pm-unplaced__row').value;
            if (!row) {
                item.querySelector('.pm-unplaced__row').focus();
                return;
            }
            url += '/place/' + encodeURIComponent(row);
        } else {
            url += '/release';
        }
        button.disabled = true;
        call(button.closest('.pm-countermeasures'), 'POST', url).then(function () {
            window.location.reload();
        }).catch(function (failure) {
            button.disabled = false;
            item.appendChild(document.createTextNode(' ' + (failure.message
                || text(button.closest('.pm-countermeasures'), 'failed-network'))));
        });
    }

    document.addEventListener('click', function (event) {
        var closest = event.target && event.target.closest ? event.target.closest.bind(event.target) : null;
        var settling = closest ? closest('.pm-unplaced__place, .pm-unplaced__release') : null;
        if (settling && !settling.disabled) {
            event.preventDefault();
            settle(settling, settling.classList.contains('pm-unplaced__release'));
            return;
        }
        var button = closest ? closest('.pm-create-issues') : null;
        var checkButton = closest ? closest('.pm-check-issues') : null;
        if (button && !button.disabled) {
            event.preventDefault();
            run(button);
        } else if (checkButton && !checkButton.disabled) {
            event.preventDefault();
            check(checkButton);
        }
    });
}());
