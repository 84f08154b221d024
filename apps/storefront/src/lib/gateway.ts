import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createUrqlClient, describeError } from '@ucos/clients';
import { redirect } from 'next/navigation';
import { gatewayUrl, publishableKey } from './config.ts';
import { customerToken } from './session.ts';

type Variables = Record<string, unknown>;

export class GatewayError extends Error {
  override name = 'GatewayError';
}

/**
 * Every storefront document is a trusted document, sent by hash: the gateway refuses anything else
 * from a publishable key or a shopper token. `as: 'shopper'` sends the signed-in shopper's token
 * (account pages); an expired one sends the shopper to sign-in and back to `returnTo`.
 */
export async function gql<TData, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { as?: 'store' | 'shopper' | 'either'; returnTo?: string; mutation?: boolean; token?: string } = {},
): Promise<TData> {
  // 'either': the shopper when signed in (their cart), else the store's key (a guest cart)
  const token =
    options.token ?? (options.as === 'shopper' || options.as === 'either' ? await customerToken() : undefined);
  if (options.as === 'shopper' && !token)
    redirect(`/account/sign-in?next=${encodeURIComponent(options.returnTo ?? '/account')}`);
  const client = createUrqlClient({
    url: gatewayUrl(),
    ...(token ? { accessToken: token } : { publishableKey: await publishableKey() }),
    persisted: true,
    requestPolicy: 'network-only',
  });
  const result = await (options.mutation
    ? client.mutation(document, variables)
    : client.query(document, variables)
  ).toPromise();
  if (result.error) {
    const failure = describeError(result.error);
    if (failure.kind === 'unauthenticated' && token) {
      redirect(`/account/sign-in?expired=1&next=${encodeURIComponent(options.returnTo ?? '/account')}`);
    }
    throw new GatewayError(failure.message);
  }
  if (!result.data) throw new GatewayError('The store did not answer.');
  return result.data;
}
