import { channelNames, eventNameList } from '../../shared/ipc/channelNames';
import { UNKNOWN_CHANNEL_KEY, UNKNOWN_CHANNEL_MESSAGE } from '../../shared/ipc/result';
import { maxBodyBytes, socketPath } from './limits';

export const tokenStorageKey = 'cosell.hostToken';

/**
 * The browser side of the web host: defines window.api (the same `Api` as the Electron preload) over
 * a WebSocket (calls, once it is open: ~0.5 ms a call in Chromium against ~5 ms for a fetch), fetch
 * (calls before the socket opens, while it reconnects, and bodies too large for it) + EventSource.
 * Served as an external file so the page's CSP can stay `script-src 'self'`.
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
  var SOCKET_PATH = ${JSON.stringify(socketPath)};
  /** A body of up to this many characters fits a socket message in any encoding (3 bytes a character at most); larger goes by fetch. */
  var MAX_SOCKET_BODY = ${String(Math.floor(maxBodyBytes / 3))};
  /** After a socket that never opened, calls go by fetch for this long before the next try. */
  var SOCKET_RETRY_MS = 5000;

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
  function hostGone() { return failure('UNAVAILABLE', unreachable, 'errors:app.hostUnreachable'); }

  function byFetch(channel, body) {
    return window.fetch('/api/' + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token },
      body: body,
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().then(function (result) {
        return result && typeof result.ok === 'boolean' ? result : hostGone();
      }, hostGone);
    }, hostGone);
  }

  var socket = null;
  var socketOpen = false;
  var retryAt = 0;
  var waiting = {};
  var nextId = 1;
  function openSocket() {
    if (socket || typeof window.WebSocket !== 'function' || Date.now() < retryAt) return;
    var opened = false;
    try {
      socket = new window.WebSocket((window.location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + window.location.host +
        SOCKET_PATH + '?token=' + encodeURIComponent(token));
    } catch (e) { socket = null; retryAt = Date.now() + SOCKET_RETRY_MS; return; }
    socket.onopen = function () { opened = true; socketOpen = true; };
    socket.onmessage = function (message) {
      var answer;
      try { answer = JSON.parse(message.data); } catch (e) { return; }
      var settle = answer && waiting[answer.id];
      if (!settle) return;
      delete waiting[answer.id];
      var result = answer.result;
      settle(result && typeof result.ok === 'boolean' ? result : hostGone());
    };
    socket.onclose = function () {
      // Calls in flight may or may not have run: say so as fetch would, never send them twice.
      var left = waiting;
      waiting = {};
      socket = null;
      socketOpen = false;
      if (!opened) retryAt = Date.now() + SOCKET_RETRY_MS;
      Object.keys(left).forEach(function (id) { left[id](hostGone()); });
    };
  }

  function invoke(channel, input) {
    if (CHANNELS.indexOf(channel) < 0) {
      return Promise.resolve(failure('UNKNOWN_CHANNEL', UNKNOWN_CHANNEL, UNKNOWN_CHANNEL_KEY));
    }
    var body = JSON.stringify(input === undefined ? {} : input);
    if (!socketOpen || body.length > MAX_SOCKET_BODY) {
      openSocket();
      return byFetch(channel, body);
    }
    var id = nextId++;
    return new Promise(function (resolve) {
      waiting[id] = resolve;
      socket.send('{"id":' + id + ',"channel":' + JSON.stringify(channel) + ',"input":' + body + '}');
    });
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

  openSocket();

  Object.defineProperty(window, 'api', {
    value: Object.freeze({ invoke: invoke, on: on }),
    writable: false,
    configurable: false,
    enumerable: true
  });
})();
`;
}
