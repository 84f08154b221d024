// The "Recently viewed" list kept in the shopper's cookie: parsed defensively, updated newest first.

/** The shopper's own list, newest first: in a cookie so it follows them across tabs, never sent anywhere else. */
export const RECENTLY_VIEWED_COOKIE = 'ucos_recently_viewed';
const MAX_ENTRIES = 6;
const MAX_TITLE = 80;
export const MAX_AGE_SECONDS = 30 * 24 * 3600;

export interface ViewedProduct {
  handle: string;
  title: string;
}

/** The cookie's entries, dropping anything malformed (it is the shopper's to edit). */
export function parseViewed(raw: string | undefined): ViewedProduct[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(decodeURIComponent(raw));
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (entry): entry is ViewedProduct =>
          typeof entry?.handle === 'string' &&
          typeof entry?.title === 'string' &&
          /^[A-Za-z0-9._~-]{1,200}$/.test(entry.handle),
      )
      .map((entry) => ({ handle: entry.handle, title: entry.title.slice(0, MAX_TITLE) }))
      .slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
}

/** The list after viewing `current`: it first, no duplicates, at most six. */
export function withViewed(list: ViewedProduct[], current: ViewedProduct): ViewedProduct[] {
  return [
    { handle: current.handle, title: current.title.slice(0, MAX_TITLE) },
    ...list.filter((entry) => entry.handle !== current.handle),
  ].slice(0, MAX_ENTRIES);
}
