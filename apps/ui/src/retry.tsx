'use client';
import { useRouter } from 'next/navigation';
import { startTransition } from 'react';

/** The body of every error.tsx: what failed, and a retry that re-renders the segment. */
export function Retry({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  return (
    <div className="alert" role="alert">
      <p>
        <strong>This page could not be loaded.</strong> {error.message || 'The service did not answer.'}
      </p>
      <button
        type="button"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      >
        Retry
      </button>
    </div>
  );
}
