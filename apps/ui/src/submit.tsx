'use client';
import { useFormStatus } from 'react-dom';

/** `pendingText` is what the button says while the form is sent (default "Working…"; a shop passes its language's). */
export function Submit({
  children,
  className,
  pendingText = 'Working…',
}: {
  children: string;
  className?: string;
  pendingText?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={className}>
      {pending ? pendingText : children}
    </button>
  );
}
