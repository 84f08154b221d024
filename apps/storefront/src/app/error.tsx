'use client';
import { Retry } from '@ucos/ui/retry';
import { ShopUnavailable } from '../components/shop-unavailable.tsx';
import { isShopUnavailable } from '../lib/shop-availability.ts';

export default function StoreError(props: { error: Error & { digest?: string }; reset: () => void }) {
  if (isShopUnavailable(props.error)) return <ShopUnavailable />;
  return <Retry {...props} />;
}
