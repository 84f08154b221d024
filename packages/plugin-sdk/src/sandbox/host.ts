import type { QuickJSContext, QuickJSDeferredPromise, QuickJSHandle } from 'quickjs-emscripten-core';
import { hookKind } from '../hooks.ts';
import type { PluginLogLine, PluginRun } from '../types.ts';
import { defaultHttpFetch, hostAllowed } from './http.ts';

/** Bounds on what one call may ask of the host. */
export const HOST_CALL_LIMITS = {
  /** kv and http calls together */
  calls: 100,
  httpCalls: 10,
  keyChars: 200,
  valueBytes: 64 * 1024,
  requestBodyBytes: 256 * 1024,
  responseBodyBytes: 256 * 1024,
  headers: 50,
};

export interface HostState {
  /** why a capability was refused (the first refusal); the call's outcome is then `capability-denied` */
  denied: string | null;
  logs: PluginLogLine[];
  droppedLogs: number;
  hostCalls: number;
  tooManyHostCalls: boolean;
}

const LEVELS = new Set(['debug', 'info', 'warn', 'error']);

class CapabilityDenied extends Error {
  override name = 'CapabilityDenied';
}

/**
 * The `host` object the prelude receives: `denied` always, `log`, `kvGet`/`kvSet` and `fetch` only
 * for declared capabilities (and `fetch` only for action hooks). Every function takes strings only,
 * so the host never reads a sandbox object (no getters or proxies of the plugin run on this side).
 */
export function createHostFunctions(options: {
  context: QuickJSContext;
  run: PluginRun;
  maxLogLines: number;
  state: HostState;
  pending: Set<QuickJSDeferredPromise>;
  onSettled: () => void;
}): QuickJSHandle {
  const { context: vm, run, state, pending } = options;
  const capabilities = new Set(run.capabilities);
  const host = vm.newObject();

  const text = (handle: QuickJSHandle | undefined, what: string): string => {
    if (!handle || vm.typeof(handle) !== 'string') throw new TypeError(`${what} must be a string`);
    return vm.getString(handle);
  };
  const deny = (message: string): never => {
    state.denied ??= message;
    throw new CapabilityDenied(message);
  };
  const countCall = () => {
    state.hostCalls++;
    if (state.hostCalls > HOST_CALL_LIMITS.calls) {
      state.tooManyHostCalls = true;
      throw new RangeError(`at most ${HOST_CALL_LIMITS.calls} host calls per invocation`);
    }
  };
  /** A promise in the sandbox settled by host work; settling after the call ended does nothing. */
  const later = (work: () => Promise<QuickJSHandle>): QuickJSHandle => {
    const deferred = vm.newPromise();
    pending.add(deferred);
    work()
      .then(
        (value) => {
          if (!pending.delete(deferred) || !vm.alive) return value.alive && value.dispose();
          deferred.resolve(value);
          if (value.alive) value.dispose();
        },
        (error: unknown) => {
          if (!pending.delete(deferred) || !vm.alive) return;
          const handle = vm.newError({ name: 'HostError', message: (error as Error)?.message ?? String(error) });
          deferred.reject(handle);
          handle.dispose();
        },
      )
      .finally(options.onSettled);
    return deferred.handle;
  };
  const install = (name: string, fn: (...args: QuickJSHandle[]) => QuickJSHandle | undefined) => {
    const handle = vm.newFunction(name, fn);
    vm.setProp(host, name, handle);
    handle.dispose();
  };

  install('denied', (capability) => deny(`the plugin used "${text(capability, 'capability')}" without declaring it`));

  if (capabilities.has('log')) {
    install('log', (level, message) => {
      const name = text(level, 'level');
      const line = text(message, 'message');
      if (state.logs.length >= options.maxLogLines) {
        state.droppedLogs++;
        return undefined;
      }
      state.logs.push({
        level: (LEVELS.has(name) ? name : 'info') as PluginLogLine['level'],
        message: line,
        at: Date.now(),
      });
      return undefined;
    });
  }

  if (capabilities.has('kv')) {
    const store = run.host?.kv;
    const checkKey = (handle: QuickJSHandle | undefined) => {
      const key = text(handle, 'a key');
      if (key.length === 0 || key.length > HOST_CALL_LIMITS.keyChars) {
        throw new RangeError(`a key has 1 to ${HOST_CALL_LIMITS.keyChars} characters`);
      }
      return key;
    };
    install('kvGet', (keyHandle) => {
      countCall();
      const key = checkKey(keyHandle);
      if (!store) return deny('no key-value store is available to this call');
      return later(async () => {
        const value = await store.get(key);
        return value === null || value === undefined ? vm.null : vm.newString(String(value));
      });
    });
    install('kvSet', (keyHandle, valueHandle) => {
      countCall();
      const key = checkKey(keyHandle);
      const value = text(valueHandle, 'a value');
      if (Buffer.byteLength(value) > HOST_CALL_LIMITS.valueBytes) {
        throw new RangeError(`a value is at most ${HOST_CALL_LIMITS.valueBytes} bytes`);
      }
      if (!store) return deny('no key-value store is available to this call');
      return later(async () => {
        await store.set(key, value);
        return vm.undefined;
      });
    });
  }

  if (capabilities.has('http') && hookKind(run.hook) === 'action') {
    const send = run.host?.fetch ?? defaultHttpFetch;
    let httpCalls = 0;
    install('fetch', (urlHandle, methodHandle, headersHandle, bodyHandle) => {
      countCall();
      if (++httpCalls > HOST_CALL_LIMITS.httpCalls) {
        state.tooManyHostCalls = true;
        throw new RangeError(`at most ${HOST_CALL_LIMITS.httpCalls} HTTP requests per invocation`);
      }
      const url = text(urlHandle, 'the URL');
      const method = text(methodHandle, 'the method').toUpperCase();
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        throw new TypeError(`not a URL: ${url.slice(0, 200)}`);
      }
      if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        return deny(`http to ${target.protocol} URLs is not allowed`);
      }
      if (!hostAllowed(target, run.allowedHosts ?? [])) return deny(`http to ${target.host} is not allowed`);
      if (target.username || target.password) throw new TypeError('credentials in the URL are not allowed');
      const headers = parseHeaders(text(headersHandle, 'the headers'));
      const body = bodyHandle && vm.typeof(bodyHandle) === 'string' ? vm.getString(bodyHandle) : undefined;
      if (body !== undefined && Buffer.byteLength(body) > HOST_CALL_LIMITS.requestBodyBytes) {
        throw new RangeError(`a request body is at most ${HOST_CALL_LIMITS.requestBodyBytes} bytes`);
      }
      return later(async () => {
        const response = await send(target.href, { method, headers, ...(body === undefined ? {} : { body }) });
        const answer = JSON.stringify({
          status: response.status,
          body: String(response.body).slice(0, HOST_CALL_LIMITS.responseBodyBytes),
        });
        return vm.newString(answer);
      });
    });
  }
  return host;
}

function parseHeaders(json: string): Record<string, string> {
  const parsed: unknown = JSON.parse(json);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TypeError('headers must be an object of strings');
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > HOST_CALL_LIMITS.headers) throw new RangeError(`at most ${HOST_CALL_LIMITS.headers} headers`);
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of entries) {
    if (typeof value !== 'string') throw new TypeError(`header ${name} must be a string`);
    headers[name] = value;
  }
  return headers;
}
