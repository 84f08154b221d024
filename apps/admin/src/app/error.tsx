'use client';
import { Retry } from '@ucos/ui/retry';

export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="auth">
      <Retry {...props} />
    </main>
  );
}
