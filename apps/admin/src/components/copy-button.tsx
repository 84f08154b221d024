'use client';
import { useEffect, useRef, useState } from 'react';

type Outcome = 'idle' | 'copied' | 'failed';

/**
 * Copies `text` (a secret shown once) with `navigator.clipboard`; the button then says "Copied"
 * for a few seconds and a polite live region announces it. Where the browser refuses (no clipboard
 * permission, an insecure origin) the text in `selectId` is selected instead, with a hint to copy it
 * by hand: the secret is never lost.
 */
export function CopyButton({ text, label = 'Copy', selectId }: { text: string; label?: string; selectId?: string }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
      timer.current = setTimeout(() => setOutcome('idle'), 4000);
    } catch {
      const element = selectId ? document.getElementById(selectId) : null;
      if (element) {
        const range = document.createRange();
        range.selectNodeContents(element);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
      setOutcome('failed');
    }
  }

  return (
    <>
      <button type="button" className="secondary copy-button" onClick={copy} data-copied={outcome === 'copied'}>
        {outcome === 'copied' ? 'Copied' : label}
      </button>
      <span role="status" className={outcome === 'failed' ? 'field-error' : 'sr-only'}>
        {outcome === 'copied'
          ? 'Copied to the clipboard.'
          : outcome === 'failed'
            ? 'The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).'
            : ''}
      </span>
    </>
  );
}
