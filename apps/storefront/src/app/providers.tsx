'use client';
import { createUrqlClient } from '@ucos/clients';
import { ssrExchange, UrqlProvider } from '@urql/next';
import { type ReactNode, useMemo } from 'react';

/**
 * @urql/next in the browser: the gateway with the signed-in shopper's token (their company's prices)
 * or else the store's publishable key; trusted documents only.
 */
export function Providers({
  children,
  url,
  publishableKey,
  accessToken,
}: {
  children: ReactNode;
  url: string;
  publishableKey: string;
  accessToken?: string | undefined;
}) {
  const [client, ssr] = useMemo(() => {
    const ssr = ssrExchange({ isClient: typeof window !== 'undefined' });
    const credential = accessToken ? { accessToken } : { publishableKey };
    return [createUrqlClient({ url, ...credential, ssr, persisted: true, suspense: true }), ssr] as const;
  }, [url, publishableKey, accessToken]);
  return (
    <UrqlProvider client={client} ssr={ssr}>
      {children}
    </UrqlProvider>
  );
}
