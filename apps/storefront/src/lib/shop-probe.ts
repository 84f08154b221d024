import { createUrqlClient } from '@ucos/clients';
import { graphql } from '../generated/gql.ts';
import { gatewayUrl, publishableKeyFor } from './endpoints.ts';
import { unavailabilityOf } from './shop-availability.ts';

const Probe = graphql(`
  query ShopAvailability_Probe {
    tenant {
      id
    }
  }
`);

/** An open shop is asked again after this long; an unavailable one on every request (it is polling to recover). */
const OPEN_FOR_MS = 5_000;
const openUntil = new Map<string, number>();

/**
 * Whether the gateway serves this host's store right now: one small trusted query with the host's
 * publishable key, judged by `unavailabilityOf`. Used by the proxy before any page renders.
 */
export async function shopIsOpen(host: string | null): Promise<boolean> {
  const key = host ?? '';
  if ((openUntil.get(key) ?? 0) > Date.now()) return true;
  let publishableKey: string;
  try {
    publishableKey = publishableKeyFor(host);
  } catch {
    return false; // no key configured for this host: nothing to serve
  }
  // one attempt: the unavailable page retries by itself, a shopper should not wait for backoffs
  const client = createUrqlClient({ url: gatewayUrl(), publishableKey, persisted: true, maxAttempts: 1 });
  const result = await client.query(Probe, {}, { requestPolicy: 'network-only' }).toPromise();
  if (unavailabilityOf(result.error)) {
    openUntil.delete(key);
    return false;
  }
  openUntil.set(key, Date.now() + OPEN_FOR_MS);
  return true;
}
