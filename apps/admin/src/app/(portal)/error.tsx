'use client';
import { Retry } from '../../components/retry.tsx';

export default function PortalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <Retry {...props} />;
}
