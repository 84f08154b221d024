import type { Fetcher } from './fetcher.ts';
import type { SubgraphEndpoint } from './supergraph.ts';

const CHECK_TIMEOUT_MS = 2000;

export interface Readiness {
  ready: boolean;
  subgraphs: Record<string, 'up' | 'down'>;
}

/**
 * Ready = a supergraph is loaded and every subgraph it routes to answers on `/health`. Any answer
 * below 500 counts: a third-party subgraph without a health route (404) is still up.
 */
export async function checkReadiness(subgraphs: SubgraphEndpoint[] | undefined, fetch: Fetcher): Promise<Readiness> {
  if (!subgraphs) return { ready: false, subgraphs: {} };
  const results = await Promise.all(
    subgraphs.map(async ({ name, url }) => {
      try {
        const response = await fetch(new URL('/health', url).href, {
          method: 'GET',
          signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
        });
        await response.text();
        return [name, response.status < 500 ? 'up' : 'down'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  return { ready: results.every(([, state]) => state === 'up'), subgraphs: Object.fromEntries(results) };
}
