'use client';
import { Retry } from '@ucos/ui/retry';

export default function PortalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <Retry {...props} />;
}
