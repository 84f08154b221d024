/** A GraphQL call through the gateway that throws on a transport error or any payload's `errors`. */
export type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The demo seeds its data through the public API with these credentials (a bearer token or an API key). */
export function demoCaller(gatewayUrl: string, credential: Record<string, string>): Call {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credential },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (!body.data || body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    for (const payload of Object.values(body.data)) {
      const errors = (payload as { errors?: { message: string }[] } | null)?.errors;
      if (errors?.length) throw new Error(`${query.slice(0, 60)}…: ${errors.map((error) => error.message).join('; ')}`);
    }
    return body.data as T;
  };
}

/** The demo owner's calls: its session's bearer token. */
export const ownerCaller = (gatewayUrl: string, accessToken: string): Call =>
  demoCaller(gatewayUrl, { authorization: `Bearer ${accessToken}` });
