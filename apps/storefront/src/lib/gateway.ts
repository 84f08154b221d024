import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createUrqlClient, credentialHeaders, describeError } from '@ucos/clients';
import { registerUrql } from '@urql/next/rsc';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { gatewayUrl, publishableKey } from './config.ts';
import { type ShopperSession, shopperSession, signInPath } from './session.ts';
import { ShopUnavailableError, unavailabilityOf } from './shop-availability.ts';

type Variables = Record<string, unknown>;

/**
 * One urql client per server request (React's request cache, through @urql/next/rsc), shared by the
 * layout, the page and its actions. It holds no credential: each operation carries its own, so a
 * shopper's token and the store's key never mix, and the token never leaves this server.
 */
const { getClient } = registerUrql(() =>
  createUrqlClient({ url: gatewayUrl(), persisted: true, requestPolicy: 'network-only' }),
);

export class GatewayError extends Error {
  override name = 'GatewayError';
}

/**
 * Every storefront document is a trusted document, sent by hash: the gateway refuses anything else
 * from a publishable key or a shopper token.
 * - `as: 'shopper'` sends the signed-in shopper's token (account pages); without a session the
 *   shopper goes to sign-in and back to `returnTo`.
 * - `as: 'either'` sends the shopper's token when signed in (their cart, their company's prices),
 *   else the store's key. An expired session sends the shopper to sign-in and back when `returnTo`
 *   is given (their cart, checkout); without it (browsing) the page is served as to a guest, so an
 *   expired session never breaks the catalog.
 */
export async function gql<TData, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { as?: 'store' | 'shopper' | 'either'; returnTo?: string; mutation?: boolean; token?: string } = {},
): Promise<TData> {
  const wantsShopper = options.as === 'shopper' || options.as === 'either';
  const session: ShopperSession = options.token
    ? { state: 'active', token: options.token }
    : wantsShopper
      ? await shopperSession()
      : { state: 'none' };
  const mustBeShopper = options.as === 'shopper' || options.returnTo !== undefined;
  if (session.state === 'expired' && mustBeShopper) redirect(signInPath(options.returnTo, true));
  if (options.as === 'shopper' && session.state === 'none') redirect(signInPath(options.returnTo, false));
  const token = session.state === 'active' ? session.token : undefined;

  // the shopper's address, for their own rate-limit budget at the gateway (which trusts this server)
  const forwardedFor = (await headers()).get('x-forwarded-for');
  const send = async (accessToken: string | undefined) => {
    const credential = accessToken ? { accessToken } : { publishableKey: await publishableKey() };
    const context = {
      requestPolicy: 'network-only' as const,
      fetchOptions: {
        headers: { ...credentialHeaders(credential), ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      },
    };
    const client = getClient();
    return (
      options.mutation ? client.mutation(document, variables, context) : client.query(document, variables, context)
    ).toPromise();
  };
  let result = await send(token);
  if (result.error && token && describeError(result.error).kind === 'unauthenticated') {
    // revoked or signed with a retired key: the same as expired
    if (mustBeShopper) redirect(signInPath(options.returnTo, true));
    result = await send(undefined);
  }
  const unavailable = unavailabilityOf(result.error);
  if (unavailable) throw new ShopUnavailableError(unavailable);
  if (result.error) throw new GatewayError(describeError(result.error).message);
  if (!result.data) throw new GatewayError('The store did not answer.');
  return result.data;
}
