/*
 * "Show more" on the postmortem-list macro: fetches the next rows from the plugin's rows endpoint (the macro's own
 * row markup, checked for the reader as the table is), appends them to the table, and moves the button on to the
 * next offset or removes it at the end. A failure shows a message under the table and keeps the rows already there.
 * Texts come from the button's data attributes, which the macro fills in the reader's language.
 */
(function () {
    'use strict';

    function withOffset(url, offset) {
        return url.replace(/([?&]offset=)\d+/, '$1' + offset);
    }

    function showFailure(list, message) {
        var failure = list.querySelector('.pm-list__show-more-failure');
        if (!failure) {
            failure = document.createElement('div');
            failure.className = 'aui-message aui-message-error pm-list__show-more-failure';
            failure.setAttribute('role', 'alert');
            list.querySelector('.pm-list__show-more').appendChild(failure);
        }
        failure.textContent = message;
    }

    function load(button) {
        var list = button.closest('.pm-list');
        var body = list.querySelector('.pm-list__table tbody');
        var label = button.textContent;
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        button.textContent = button.getAttribute('data-loading');
        return fetch(button.getAttribute('data-url'), {headers: {'Accept': 'application/json'},
            credentials: 'same-origin'}).then(function (response) {
            if (!response.ok) {
                throw new Error('rows answered ' + response.status);
            }
            return response.json();
        }).then(function (page) {
            var failure = list.querySelector('.pm-list__show-more-failure');
            if (failure) {
                failure.parentNode.removeChild(failure);
            }
            body.insertAdjacentHTML('beforeend', page.rows);
            if (page.nextOffset === null || page.nextOffset === undefined) {
                var more = list.querySelector('.pm-list__show-more');
                more.parentNode.removeChild(more);
                return;
            }
            button.setAttribute('data-url', withOffset(button.getAttribute('data-url'), page.nextOffset));
            button.textContent = label;
        }).catch(function () {
            button.textContent = label;
            showFailure(list, button.getAttribute('data-failure'));
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('.pm-list__show-more-button') : null;
        if (button && !button.disabled) {
            event.preventDefault();
            load(button);
        }
    });
}());
