'use client';
import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useId, useState } from 'react';

/**
 * The portal's side menu. On a wide screen it is always shown and the button is hidden (CSS); under
 * 768 px only the store's name and a "Menu" button (`aria-expanded`) show, and the menu opens below
 * them. It closes again on navigation and on Escape, so a phone lands on the page it asked for.
 */
export function CollapsibleNav({ title, children }: { title: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const id = useId();
  // a link was followed: the new page, not the menu
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every change of the path
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);
  return (
    <>
      <div className="side-bar">
        {title}
        <button
          type="button"
          className="menu-button secondary"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((was) => !was)}
        >
          Menu
        </button>
      </div>
      <div id={id} className="side-menu" data-open={open}>
        {children}
      </div>
    </>
  );
}
