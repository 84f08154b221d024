import { badUserInput } from '../errors.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  limit: number;
  /** the decoded `after` cursor, or null for the first page */
  after: string | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encodeCursor = (value: string) => Buffer.from(`cursor:${value}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('cursor:')) throw badUserInput('malformed cursor', ['after']);
  return decoded.slice('cursor:'.length);
}

/** Validates Relay arguments: `first` is capped at 100, a malformed cursor is BAD_USER_INPUT. */
export function pageOf(args: ConnectionArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, ['first']);
  }
  return { limit: first, after: args.after ? decodeCursor(args.after) : null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The `after` of a list paged on uuid ids: null on the first page, BAD_USER_INPUT for anything that
 * is not a uuid (a forged cursor must never reach SQL as a failing `::uuid` cast).
 */
export function uuidAfter(page: Page): string | null {
  if (page.after === null) return null;
  if (!UUID.test(page.after)) throw badUserInput('malformed cursor', ['after']);
  return page.after;
}

/**
 * Builds a connection from `limit + 1` fetched rows (the extra row only tells whether there is a
 * next page). `cursorOf` returns the keyset value the store pages on.
 */
export function toConnection<Node>(
  rows: Node[],
  page: Page,
  totalCount: number,
  cursorOf: (node: Node) => string,
): Connection<Node> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
