'use client';
import { createUrqlClient } from '@ucos/clients';
import { ssrExchange, UrqlProvider } from '@urql/next';
import { type ReactNode, useMemo } from 'react';

/** @urql/next in the browser: the gateway by publishable key, trusted documents only. */
export function Providers({
  children,
  url,
  publishableKey,
}: {
  children: ReactNode;
  url: string;
  publishableKey: string;
}) {
  const [client, ssr] = useMemo(() => {
    const ssr = ssrExchange({ isClient: typeof window !== 'undefined' });
    return [createUrqlClient({ url, publishableKey, ssr, persisted: true, suspense: true }), ssr] as const;
  }, [url, publishableKey]);
  return (
    <UrqlProvider client={client} ssr={ssr}>
      {children}
    </UrqlProvider>
  );
}
