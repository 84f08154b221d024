'use client';
import { useFormStatus } from 'react-dom';

export function Submit({ children, className }: { children: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={className}>
      {pending ? 'Working…' : children}
    </button>
  );
}
