import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '@ucos/kit/logger';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { graphqlError } from './graphql-error.ts';

export const DEADLINE_EXCEEDED = 'DEADLINE_EXCEEDED';

const current = new AsyncLocalStorage<AbortSignal>();

/**
 * The signal of the client request being executed: aborted at its deadline or when the client goes
 * away. The subgraph fetcher hangs every call on it, so no subgraph keeps working for nobody.
 */
export function currentRequestSignal(): AbortSignal | undefined {
  return current.getStore();
}

/**
 * Every operation gets `timeoutMs` from the start of execution. At the deadline the client gets
 * DEADLINE_EXCEEDED (HTTP 504) and the subgraph calls still in flight are aborted; a client that
 * disconnects aborts them too. Must come after the federation plugin, whose executor it wraps.
 */
export function useDeadline(timeoutMs: number, logger: Logger): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const requestId = (args.contextValue as { requestId?: string }).requestId;
      setExecuteFn(async (executeArgs) => {
        const controller = new AbortController();
        const clientGone = () => controller.abort(new Error('client disconnected'));
        request?.signal.addEventListener('abort', clientGone, { once: true });
        let timer: ReturnType<typeof setTimeout> | undefined;
        const deadline = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            logger.warn({ requestId, timeoutMs }, 'request deadline exceeded; subgraph calls aborted');
            controller.abort(new Error('deadline exceeded'));
            resolve({
              errors: [
                graphqlError(`The request did not finish within ${timeoutMs} ms.`, {
                  extensions: { code: DEADLINE_EXCEEDED, http: { status: 504 } },
                }),
              ],
            });
          }, timeoutMs);
        });
        try {
          const execution = current.run(controller.signal, () => executeFn(executeArgs)) as Promise<ExecutionResult>;
          return await Promise.race([execution, deadline]);
        } finally {
          clearTimeout(timer);
          request?.signal.removeEventListener('abort', clientGone);
        }
      });
    },
  };
}
