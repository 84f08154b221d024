import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createUrqlClient, credentialHeaders, describeError } from '@ucos/clients';
import { registerUrql } from '@urql/next/rsc';
import { redirect } from 'next/navigation';
import { gatewayUrl } from './config.ts';
import { accessToken } from './session.ts';

type Variables = Record<string, unknown>;

/**
 * One urql client per server request (React's request cache, through @urql/next/rsc). The admin's
 * documents are trusted documents, sent by hash as the storefront's are. The client holds no
 * credential: each operation carries the signed-in user's token from the httpOnly cookie.
 */
const { getClient } = registerUrql(() =>
  createUrqlClient({ url: gatewayUrl(), persisted: true, requestPolicy: 'network-only' }),
);

async function asSignedInUser() {
  return {
    requestPolicy: 'network-only' as const,
    fetchOptions: { headers: credentialHeaders({ accessToken: await accessToken() }) },
  };
}

/** A request the gateway refused or could not serve; error.tsx shows it with a retry button. */
export class GatewayError extends Error {
  override name = 'GatewayError';
}

/**
 * Runs a typed document for the signed-in user. An expired or revoked session goes through
 * /session/refresh and comes back to `returnTo`; anything else becomes a GatewayError.
 */
export async function gql<TData, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  returnTo: string,
): Promise<TData> {
  const result = await getClient()
    .query(document, variables, await asSignedInUser())
    .toPromise();
  if (result.error) {
    const failure = describeError(result.error);
    if (failure.kind === 'unauthenticated') redirect(`/session/refresh?next=${encodeURIComponent(returnTo)}`);
    throw new GatewayError(failure.message);
  }
  if (!result.data) throw new GatewayError('The gateway sent no data.');
  return result.data;
}

/** Same for mutations from server actions (a refused session is refreshed, then the page is shown again). */
export async function mutate<TData, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  returnTo: string,
): Promise<TData> {
  const result = await getClient()
    .mutation(document, variables, await asSignedInUser())
    .toPromise();
  if (result.error) {
    const failure = describeError(result.error);
    // an expired token, or one whose grants changed (TOKEN_OUTDATED): a refresh brings the new
    // grants; a revoked session fails to refresh and lands on sign-in
    if (failure.kind === 'unauthenticated') redirect(`/session/refresh?next=${encodeURIComponent(returnTo)}`);
    throw new GatewayError(failure.message);
  }
  if (!result.data) throw new GatewayError('The gateway sent no data.');
  return result.data;
}
