'use client';
import { useEffect } from 'react';

/** Tables in `main` that scroll sideways (on phones every table is its own scroll box: globals.css). */
const TABLES = 'main table, main .table-scroll';

/** A scroll box with nothing focusable inside cannot be scrolled from the keyboard: it gets a tab stop. */
function markScrollable(root: ParentNode) {
  for (const box of root.querySelectorAll<HTMLElement>(TABLES)) {
    const scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible';
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.tabIndex = 0;
      box.dataset.keyboardScroll = '';
    } else if (!scrolls && box.dataset.keyboardScroll !== undefined) {
      box.removeAttribute('tabindex');
      delete box.dataset.keyboardScroll;
    }
  }
}

/**
 * Keyboard access to sideways-scrolling tables (WCAG 2.1.1; axe's scrollable-region-focusable): a
 * table wider than its box (a phone, a long audit line) becomes a tab stop, so arrow keys scroll it;
 * one that fits is not an extra stop. Rendered once by the portal layout; it follows new pages and
 * re-renders (a MutationObserver on `main`) and the window's width.
 */
export function ScrollableTables() {
  useEffect(() => {
    const main = document.querySelector('main');
    if (!main) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => markScrollable(document));
    };
    markScrollable(document);
    const observer = new MutationObserver(schedule);
    observer.observe(main, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
