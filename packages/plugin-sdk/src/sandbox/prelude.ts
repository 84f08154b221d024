/**
 * JavaScript evaluated in each fresh QuickJS context when it is created, before any plugin code: it
 * captures the intrinsics it needs before plugin code can replace them, replaces `Date` and
 * `Math.random`, and returns `{ prepare, run }`. For its one call the host calls `prepare` (host
 * functions, the clock's fixed time, the random seed, limits; installs `console`), evaluates the
 * plugin's module, then calls `run` with its exports.
 *
 * `host` holds only the host functions of declared capabilities (plus `denied`): it stays in this
 * closure and is never reachable from the plugin. Inputs, config and outputs cross the boundary as
 * JSON strings, so the plugin only ever sees objects of its own realm.
 *
 * Envelopes returned to the host: `{"output": …}` or `{"failure": kind, "message": …}`.
 */
export const PRELUDE = `(function () {
  'use strict';
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const freeze = Object.freeze;
  const toText = String;
  const OriginalDate = Date;
  const construct = Reflect.construct;
  const PromiseResolve = Promise.resolve.bind(Promise);
  const isError = (value) => value instanceof Error;

  let startedAt = 0;
  let host = null;
  let maxLogLines = 0;
  let maxLogChars = 0;
  let maxOutputChars = 0;

  // the clock stands still at the call's start: no timing side channels, the same input gives the same answer
  function FixedDate(...args) {
    if (!new.target) return new OriginalDate(startedAt).toString();
    return construct(OriginalDate, args.length ? args : [startedAt], new.target);
  }
  FixedDate.prototype = OriginalDate.prototype;
  FixedDate.now = () => startedAt;
  FixedDate.parse = OriginalDate.parse;
  FixedDate.UTC = OriginalDate.UTC;
  Object.defineProperty(OriginalDate.prototype, 'constructor', { value: FixedDate, writable: true, configurable: true });
  globalThis.Date = FixedDate;

  // mulberry32, seeded by the host from the input
  let state = 0;
  Math.random = function random() {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const clip = (text, max) => (text.length > max ? text.slice(0, max) + '…' : text);
  const show = (value) => {
    if (typeof value === 'string') return value;
    try {
      if (isError(value)) return toText(value.name) + ': ' + toText(value.message);
      const json = stringify(value);
      return json === undefined ? toText(value) : json;
    } catch (error) {
      try { return toText(value); } catch (again) { return '[unprintable]'; }
    }
  };
  const describe = (error) => clip(show(error), 1000);

  const settle = (value) => {
    let json;
    try {
      json = stringify({ output: value });
    } catch (error) {
      return stringify({ failure: 'invalid-output', message: 'the output is not JSON: ' + describe(error) });
    }
    if (json === undefined) return stringify({ failure: 'invalid-output', message: 'the output is not JSON' });
    if (json.length > maxOutputChars) {
      return stringify({ failure: 'output-too-large', message: 'the output has ' + json.length + ' characters' });
    }
    return json;
  };
  const fail = (error) => stringify({ failure: 'error', message: describe(error) });

  let log, kv, fetch;
  function prepare(hostFunctions, callStartedAt, seed, logLines, logChars, outputChars) {
    host = hostFunctions;
    startedAt = callStartedAt;
    state = seed >>> 0;
    maxLogLines = logLines;
    maxLogChars = logChars;
    maxOutputChars = outputChars;
    const denied = (capability) => () => host.denied(capability);
    let lines = 0;
    const line = (level) =>
      host.log
        ? (...args) => {
            // one past the cap reaches the host, which counts what it drops
            if (lines > maxLogLines) return;
            lines++;
            host.log(level, clip(args.map(show).join(' '), maxLogChars));
          }
        : denied('log');
    log = freeze({ debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') });
    globalThis.console = freeze({ log: log.info, info: log.info, debug: log.debug, warn: log.warn, error: log.error });

    kv = host.kvGet
      ? freeze({
          get: (key) => host.kvGet(toText(key)),
          set: (key, value) => host.kvSet(toText(key), toText(value)),
        })
      : freeze({ get: denied('kv'), set: denied('kv') });

    fetch = host.fetch
      ? (url, init) => {
          const options = init || {};
          const headers = options.headers ? stringify(options.headers) : '{}';
          const body = options.body === undefined || options.body === null ? null : toText(options.body);
          return host.fetch(toText(url), toText(options.method || 'GET'), headers, body).then((json) => parse(json));
        }
      : denied('http');
  }

  function run(exports, hook, inputJson, configJson) {
    const plugin = exports ? exports.default : undefined;
    if (!plugin || (typeof plugin !== 'object' && typeof plugin !== 'function')) {
      return stringify({ failure: 'missing-hook', message: 'the bundle has no default export' });
    }
    const handler = plugin[hook];
    if (typeof handler !== 'function') {
      return stringify({ failure: 'missing-hook', message: 'the bundle does not implement ' + hook });
    }
    const ctx = freeze({ config: parse(configJson), log, kv, fetch });
    let result;
    try {
      result = handler.call(plugin, parse(inputJson), ctx);
    } catch (error) {
      return fail(error);
    }
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      return PromiseResolve(result).then(settle, fail);
    }
    return settle(result);
  }

  return { prepare, run };
})()`;
