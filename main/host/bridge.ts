import { channelNames, eventNameList } from '../../shared/ipc/channelNames';
import { UNKNOWN_CHANNEL_KEY, UNKNOWN_CHANNEL_MESSAGE } from '../../shared/ipc/result';

export const tokenStorageKey = 'cosell.hostToken';

/**
 * The browser side of the web host: defines window.api (the same `Api` as the Electron preload) over
 * fetch + EventSource. Served as an external file so the page's CSP can stay `script-src 'self'`.
 *
 * Plain ES2017 in a string on purpose: a function's `.toString()` would carry whatever helpers the
 * bundler or the test transformer inject. test/integration runs this text in a fake browser, and the
 * e2e suite runs it in Chromium.
 *
 * The token arrives once as `?token=` in the address; it moves to sessionStorage (a reload keeps
 * working, a new tab does not) and leaves the address bar, history and Referer.
 */
export function bridgeScript(): string {
  return `(function () {
  'use strict';
  var CHANNELS = ${JSON.stringify(channelNames)};
  var EVENTS = ${JSON.stringify(eventNameList)};
  var KEY = ${JSON.stringify(tokenStorageKey)};
  var UNKNOWN_CHANNEL = ${JSON.stringify(UNKNOWN_CHANNEL_MESSAGE)};
  var UNKNOWN_CHANNEL_KEY = ${JSON.stringify(UNKNOWN_CHANNEL_KEY)};

  function readToken() {
    var url = new URL(window.location.href);
    var fromUrl = url.searchParams.get('token');
    if (fromUrl) {
      try { window.sessionStorage.setItem(KEY, fromUrl); } catch (e) { /* storage disabled: keep it in memory */ }
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
      return fromUrl;
    }
    try { return window.sessionStorage.getItem(KEY) || ''; } catch (e) { return ''; }
  }
  var token = readToken();

  function failure(code, message, key) {
    return { ok: false, error: { code: code, message: message, key: key } };
  }
  var unreachable = 'The app is not reachable. Check that the Co-sell Workspace host (npm run web) is still running, then try again.';

  function invoke(channel, input) {
    if (CHANNELS.indexOf(channel) < 0) {
      return Promise.resolve(failure('UNKNOWN_CHANNEL', UNKNOWN_CHANNEL, UNKNOWN_CHANNEL_KEY));
    }
    return window.fetch('/api/' + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token },
      body: JSON.stringify(input === undefined ? {} : input),
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().then(function (body) {
        return body && typeof body.ok === 'boolean' ? body : failure('UNAVAILABLE', unreachable, 'errors:app.hostUnreachable');
      }, function () { return failure('UNAVAILABLE', unreachable, 'errors:app.hostUnreachable'); });
    }, function () { return failure('UNAVAILABLE', unreachable, 'errors:app.hostUnreachable'); });
  }

  var listeners = {};
  var source = null;
  function connect() {
    if (source) return;
    source = new window.EventSource('/api/events?token=' + encodeURIComponent(token));
    EVENTS.forEach(function (name) {
      source.addEventListener(name, function (message) {
        var payload;
        try { payload = JSON.parse(message.data); } catch (e) { return; }
        (listeners[name] || []).slice().forEach(function (listener) {
          try { listener(payload); } catch (e) { setTimeout(function () { throw e; }); }
        });
      });
    });
  }

  function on(event, listener) {
    if (EVENTS.indexOf(event) < 0) throw new Error('There is no event named "' + String(event).slice(0, 60) + '".');
    connect();
    listeners[event] = (listeners[event] || []).concat([listener]);
    return function () {
      listeners[event] = (listeners[event] || []).filter(function (l) { return l !== listener; });
    };
  }

  Object.defineProperty(window, 'api', {
    value: Object.freeze({ invoke: invoke, on: on }),
    writable: false,
    configurable: false,
    enumerable: true
  });
})();
`;
}
