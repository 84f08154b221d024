import { badUserInput } from '../errors.ts';
import { isUuid } from './global-id.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * What one part of a cursor may be. Every list declares the parts of its key (its `CursorKey`), and
 * every cursor of every list is checked against them before any store sees it.
 */
export type CursorPart = 'uuid' | 'instant' | 'text' | 'position';

/** The key a list pages on, part by part. */
export type CursorKey = readonly CursorPart[];

/**
 * The keys the platform's lists page on. A keyset list's cursor is the row's key; a list ordered by
 * something without a stable key (search relevance, price) uses its position in the ordering.
 */
export const CURSOR_KEYS = {
  /** lists ordered by a uuid id */
  id: ['uuid'],
  /** lists ordered by a never-changing instant, then id (see keyset.ts) */
  instant: ['instant', 'uuid'],
  /** lists ordered by a unique code */
  code: ['text'],
  /** lists ordered by a pair of uuids (a stock row: variant, warehouse) */
  uuidPair: ['uuid', 'uuid'],
  /** lists ordered by relevance, price or title: the 1-based position of the row */
  position: ['position'],
} as const satisfies Record<string, CursorKey>;

/** The decoded values of a cursor, one string per part of its key. */
export type CursorValues<Key extends CursorKey> = { readonly [Index in keyof Key]: string };

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<Key extends CursorKey = CursorKey> {
  limit: number;
  /** the decoded, validated `after` cursor, or null for the first page */
  after: CursorValues<Key> | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  totalCount: number;
}

const PREFIX = 'cursor:';
const SEPARATOR = '|';
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const POSITION = /^(0|[1-9]\d{0,14})$/;
const MAX_TEXT_PART = 200;

/** Well-formed and a real calendar instant (Date would quietly turn 30 February into 2 March). */
function isRealInstant(value: string): boolean {
  if (!INSTANT.test(value)) return false;
  const parsed = new Date(`${value.slice(0, 23)}Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === value.slice(0, 19);
}

const PART_CHECKS: Record<CursorPart, (value: string) => boolean> = {
  uuid: isUuid,
  instant: isRealInstant,
  text: (value) => value.length > 0 && value.length <= MAX_TEXT_PART,
  position: (value) => POSITION.test(value),
};

/** The one cursor encoding of the platform: base64url("cursor:" + the key's parts joined by "|"). */
export function encodeCursor<Key extends CursorKey>(values: CursorValues<Key>): string {
  const parts = values as readonly string[];
  if (parts.some((part) => part.includes(SEPARATOR))) throw new Error(`a cursor part cannot contain "${SEPARATOR}"`);
  return Buffer.from(`${PREFIX}${parts.join(SEPARATOR)}`, 'utf8').toString('base64url');
}

/**
 * The values of a cursor this list handed out. Anything else — not base64url, another list's key,
 * a part of the wrong kind — is BAD_USER_INPUT, so a forged cursor never reaches SQL.
 */
export function decodeCursor<Key extends CursorKey>(cursor: string, key: Key, field = ['after']): CursorValues<Key> {
  const malformed = () => badUserInput(`${field.join('.')} is not a cursor of this list`, field);
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) throw malformed();
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX)) throw malformed();
  const parts = decoded.slice(PREFIX.length).split(SEPARATOR);
  if (!fitsKey(parts, key)) throw malformed();
  return parts;
}

/** One part per part of the key, each of its kind. */
function fitsKey<Key extends CursorKey>(parts: readonly string[], key: Key): parts is CursorValues<Key> & string[] {
  return parts.length === key.length && key.every((kind, index) => PART_CHECKS[kind](parts[index] ?? ''));
}

/**
 * Validates a connection's arguments against the list's key: `first` is 0 to 100 (default 20), a
 * cursor the list did not hand out is BAD_USER_INPUT.
 */
export function pageOf<Key extends CursorKey>(args: ConnectionArgs, key: Key): Page<Key> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, ['first']);
  }
  return { limit: first, after: args.after ? decodeCursor(args.after, key) : null };
}

/** The `after` id of a list keyed on uuid ids (`CURSOR_KEYS.id`), or null on the first page. */
export const uuidAfter = (page: Page<typeof CURSOR_KEYS.id>): string | null => page.after?.[0] ?? null;

/**
 * Builds a connection from `limit + 1` fetched rows (the extra row only tells whether there is a
 * next page). `cursorOf` returns the row's key, as the store pages on it.
 */
export function toConnection<Node, Key extends CursorKey>(
  rows: Node[],
  page: Page<Key>,
  totalCount: number,
  cursorOf: (node: Node) => CursorValues<Key>,
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
