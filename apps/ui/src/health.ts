/**
 * The probes both apps answer. `/health` (liveness): the server process answers at all. `/ready`
 * (readiness): it can also reach the gateway it renders from, so a pod with a wrong gateway address
 * or a gateway that is not up yet takes no traffic; the gateway's own `/health`, a cheap answer.
 */
const NO_STORE = { 'cache-control': 'no-store' };

export function healthResponse(): Response {
  return Response.json({ status: 'ok' }, { headers: NO_STORE });
}

export async function readyResponse(gatewayGraphqlUrl: string, timeoutMs = 2000): Promise<Response> {
  const health = new URL('/health', gatewayGraphqlUrl);
  try {
    const answer = await fetch(health, { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' });
    if (answer.ok) return Response.json({ status: 'ready' }, { headers: NO_STORE });
    return Response.json({ status: 'not ready', gateway: answer.status }, { status: 503, headers: NO_STORE });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json({ status: 'not ready', gateway: reason }, { status: 503, headers: NO_STORE });
  }
}
