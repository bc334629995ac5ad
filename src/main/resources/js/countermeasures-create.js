/*
 * "Create Jira issues" on the countermeasures macro. The button names how many issues and where ("Create 3 Jira issues
 * in OPS as Task") and opens a dialog listing those rows, each of which can be unticked; then it asks the plugin's REST
 * resource which rows need an issue and has it create the ticked ones in batches (at most 20 per request; each answer
 * says where to go on), showing progress. Each created key replaces the row's Jira cell in place, with a pending status
 * until the next sync, and the summary line counts down; a failure the same for every row (no connection, consent
 * needed) comes back once as the board's state, never on each row. Issues created for rows that have since changed
 * can be placed into their row or released; where page and Jira disagree, a row's buttons take Jira's value into the
 * page, or unlink an issue Jira no longer has (or create it again). "Check Jira issues" beside it reads the typed keys as the user who presses
 * it. Every text comes from the server in the reader's language: the REST answers', or the patterns the board writes
 * into its own element as data-text-* attributes (Confluence's jsI18n transform translates only literal
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

    function call(board, method, url, body) {
        var init = {method: method, headers: HEADERS, credentials: 'same-origin'};
        if (body !== undefined) {
            init.body = JSON.stringify(body);
        }
        return fetch(url, init).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (answer) {
                if (!response.ok) {
                    var failure = new Error(answer.message || text(board, 'failed-request', response.status));
                    failure.status = response.status;
                    throw failure;
                }
                return answer;
            });
        });
    }

    function row(board, rowId) {
        return board.querySelector('tr[data-row-id="' + rowId + '"]');
    }

    /** The row's result under its Jira cell; a created key also replaces the cell's "not in Jira yet" in place. */
    function showOnRow(board, outcome) {
        var line = row(board, outcome.rowId);
        if (!line) {
            return;
        }
        var notes = outcome.notes || [];
        var result = line.querySelector('.pm-cm__result');
        result.textContent = [outcome.message].concat(notes).join(' ');
        result.className = 'pm-cm__result ' + (!outcome.tracked ? 'pm-cm__result--failed'
            : notes.length > 0 ? 'pm-cm__result--noted' : 'pm-cm__result--created');
        if (outcome.tracked && outcome.key) {
            showKey(board, line, outcome.key);
            var choice = board.querySelector('.pm-create-dialog__row[value="' + outcome.rowId + '"]');
            if (choice) {
                choice.closest('li').remove();
            }
        }
    }

    function showKey(board, line, key) {
        var cell = line.querySelector('.pm-cm__jira');
        var old = cell.firstElementChild;
        var browse = board.getAttribute('data-jira-browse');
        var shown = document.createElement(browse ? 'a' : 'span');
        if (browse) {
            shown.href = browse + encodeURIComponent(key);
            shown.className = 'pm-jira-key';
        }
        shown.textContent = key;
        var pending = document.createElement('span');
        pending.className = 'aui-lozenge pm-cm__pending';
        pending.textContent = text(board, 'pending');
        cell.insertBefore(shown, old);
        cell.insertBefore(pending, old);
        if (old && !old.classList.contains('pm-cm__result') && old.tagName !== 'DIV') {
            old.remove();
        }
    }

    /** One line for the whole board: why nothing can be created, with the way to fix it when there is one. */
    function showState(board, state) {
        var line = board.querySelector('.pm-countermeasures__state');
        line.textContent = state.message || '';
        line.setAttribute('data-state', state.kind);
        var href = state.kind === 'CONSENT_NEEDED' ? state.link : board.getAttribute('data-settings-url');
        if (href) {
            var link = document.createElement('a');
            link.href = href;
            link.className = 'pm-countermeasures__state-link';
            link.textContent = text(board, state.kind === 'CONSENT_NEEDED' ? 'consent' : 'settings');
            line.appendChild(document.createTextNode(' '));
            line.appendChild(link);
        }
        line.hidden = false;
    }

    /** After a press: the summary's "not in Jira" and the button count what is left; no button when nothing is. */
    function countDown(board, button) {
        var left = board.querySelectorAll('.pm-create-dialog__row').length;
        var missing = board.querySelector('.pm-countermeasures__missing');
        if (missing) {
            missing.textContent = left === 0 ? '' : '\u00b7 ' + text(board, 'missing', left);
        }
        button.setAttribute('data-count', String(left));
        button.textContent = text(board, 'button', left, button.getAttribute('data-project'),
            button.getAttribute('data-issue-type'));
        button.hidden = left === 0;
    }

    function chosen(board) {
        return Array.prototype.map.call(board.querySelectorAll('.pm-create-dialog__row:checked'), function (box) {
            return box.value;
        });
    }

    function run(button, rows) {
        var board = button.closest('.pm-countermeasures');
        var progress = board.querySelector('.pm-create-progress');
        var url = button.getAttribute('data-url');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        progress.textContent = text(board, 'preparing');

        return call(board, 'GET', url).then(function (plan) {
            var todo = plan.rows.filter(function (planned) {
                return !planned.key && rows.indexOf(planned.rowId) >= 0;
            }).length;
            var done = 0;
            var created = 0;
            var failed = 0;
            var stopped = false;

            function batch(from) {
                progress.textContent = text(board, 'batch', done, todo);
                return call(board, 'POST', url + '?from=' + encodeURIComponent(from), {rows: rows})
                    .then(function (answer) {
                        answer.rows.forEach(function (outcome) {
                            showOnRow(board, outcome);
                            done++;
                            if (outcome.tracked) {
                                created++;
                            } else {
                                failed++;
                            }
                        });
                        if (answer.state) {
                            stopped = true;
                            showState(board, answer.state);
                            return null;
                        }
                        return answer.next === null || answer.next === undefined ? null : batch(answer.next);
                    });
            }

            return batch(0).then(function () {
                progress.textContent = stopped && created === 0 && failed === 0 ? ''
                    : failed === 0 ? text(board, 'done', created) : text(board, 'partly', created, failed);
                countDown(board, button);
            });
        }).catch(function (failure) {
            progress.textContent = failure.message || text(board, 'failed-network');
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    /** The dialog listing the rows to create; Escape and Cancel close it and give the focus back to the button. */
    function openDialog(button) {
        var board = button.closest('.pm-countermeasures');
        var dialog = board.querySelector('.pm-create-dialog');
        if (!dialog || typeof dialog.showModal !== 'function') {
            return run(button, chosen(board));
        }
        updateConfirm(dialog);
        dialog.showModal();
        var first = dialog.querySelector('.pm-create-dialog__row');
        (first || dialog.querySelector('.pm-create-dialog__cancel')).focus();
        return null;
    }

    function updateConfirm(dialog) {
        var board = dialog.closest('.pm-countermeasures');
        var count = dialog.querySelectorAll('.pm-create-dialog__row:checked').length;
        var confirm = dialog.querySelector('.pm-create-dialog__confirm');
        confirm.textContent = text(board, 'confirm', count);
        confirm.disabled = count === 0;
    }

    function closeDialog(dialog) {
        dialog.close();
        var button = dialog.closest('.pm-countermeasures').querySelector('.pm-create-issues');
        if (button) {
            button.focus();
        }
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

    /**
     * A row's button where page and Jira disagree (use Jira's value, create again, unlink): the answer's message under
     * the row's Jira cell; the page changed, so it loads again to show its new version.
     */
    function rowAction(button) {
        var board = button.closest('.pm-countermeasures');
        var line = button.closest('tr');
        var result = line ? line.querySelector('.pm-cm__result') : null;
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        if (result) {
            result.className = 'pm-cm__result';
            result.textContent = text(board, 'working');
        }
        return call(board, 'POST', button.getAttribute('data-url')).then(function (answer) {
            if (answer.created === false && result) {
                // Unlinked, but the new issue was not created: say why, and leave the reload to the reader.
                result.className = 'pm-cm__result pm-cm__result--noted';
                result.textContent = answer.message || '';
                offerReload(board, result);
                button.removeAttribute('aria-busy'); // stays disabled: the row has no gone issue any more
                return;
            }
            window.location.reload();
        }).catch(function (failure) {
            if (result) {
                result.className = 'pm-cm__result pm-cm__result--failed';
                result.textContent = failure.message || text(board, 'failed-network');
            }
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('click', function (event) {
        var closest = event.target && event.target.closest ? event.target.closest.bind(event.target) : null;
        var action = closest ? closest('.pm-cm__action') : null;
        if (action && !action.disabled) {
            event.preventDefault();
            rowAction(action);
            return;
        }
        var settling = closest ? closest('.pm-unplaced__place, .pm-unplaced__release') : null;
        if (settling && !settling.disabled) {
            event.preventDefault();
            settle(settling, settling.classList.contains('pm-unplaced__release'));
            return;
        }
        var confirm = closest ? closest('.pm-create-dialog__confirm') : null;
        if (confirm && !confirm.disabled) {
            var dialog = confirm.closest('.pm-create-dialog');
            var board = dialog.closest('.pm-countermeasures');
            var rows = chosen(board);
            closeDialog(dialog);
            run(board.querySelector('.pm-create-issues'), rows);
            return;
        }
        var cancel = closest ? closest('.pm-create-dialog__cancel') : null;
        if (cancel) {
            closeDialog(cancel.closest('.pm-create-dialog'));
            return;
        }
        var button = closest ? closest('.pm-create-issues') : null;
        var checkButton = closest ? closest('.pm-check-issues') : null;
        if (button && !button.disabled) {
            event.preventDefault();
            openDialog(button);
        } else if (checkButton && !checkButton.disabled) {
            event.preventDefault();
            check(checkButton);
        }
    });

    document.addEventListener('change', function (event) {
        var box = event.target;
        if (box && box.classList && box.classList.contains('pm-create-dialog__row')) {
            updateConfirm(box.closest('.pm-create-dialog'));
        }
    });

    // Escape closes a <dialog> by itself ("cancel"); the focus goes back to the button that opened it.
    document.addEventListener('cancel', function (event) {
        var dialog = event.target;
        if (dialog && dialog.classList && dialog.classList.contains('pm-create-dialog')) {
            event.preventDefault();
            closeDialog(dialog);
        }
    }, true);
}());
