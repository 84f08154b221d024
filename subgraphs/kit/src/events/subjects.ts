/** Every subject the platform publishes lives under this root, so one stream captures them all. */
export const SUBJECT_ROOT = 'ucos';

/** Also what NATS allows in a durable consumer name: no dots, wildcards or spaces. */
export const TOKEN = /^[A-Za-z0-9_-]+$/;

/** Throws unless `filter` is a NATS subject filter under `ucos.` (`*` one token, `>` the rest, last only). */
export function assertSubjectFilter(filter: string): void {
  const tokens = filter.split('.');
  const valid =
    tokens[0] === SUBJECT_ROOT &&
    tokens.length > 1 &&
    tokens.every(
      (token, index) => TOKEN.test(token) || token === '*' || (token === '>' && index === tokens.length - 1),
    );
  if (!valid) throw new Error(`invalid subject filter "${filter}": expected ${SUBJECT_ROOT}.<tokens>, * or a final >`);
}

/** NATS wildcard semantics, for the in-process bus and for servers without multi-filter consumers. */
export function subjectMatches(filter: string, subject: string): boolean {
  const wanted = filter.split('.');
  const actual = subject.split('.');
  for (let index = 0; index < wanted.length; index++) {
    const token = wanted[index];
    if (token === '>') return actual.length > index;
    if (index >= actual.length) return false;
    if (token !== '*' && token !== actual[index]) return false;
  }
  return wanted.length === actual.length;
}

export function matchesAny(filters: readonly string[], subject: string): boolean {
  return filters.some((filter) => subjectMatches(filter, subject));
}

/**
 * The narrowest single filter that covers every one of `filters` (validated ones, all under `ucos.`):
 * their common leading literal tokens, then `>`. A server without multi-filter consumers filters by it
 * and the bus picks the wanted subjects from what arrives, so a consumer of two of a domain's events
 * reads that domain's messages rather than the whole stream.
 */
export function coveringFilter(filters: readonly string[]): string {
  const split = filters.map((filter) => filter.split('.'));
  const first = split[0] ?? [SUBJECT_ROOT];
  const common: string[] = [];
  for (let index = 0; index < first.length - 1; index++) {
    const token = first[index] as string;
    if (token === '*' || token === '>') break;
    // a filter's last token stays out, so `>` after the common part still covers each filter whole
    if (!split.every((tokens) => index < tokens.length - 1 && tokens[index] === token)) break;
    common.push(token);
  }
  return `${common.length ? common.join('.') : SUBJECT_ROOT}.>`;
}

/** Whether messages under `filter` include every message `narrower` matches (a covering filter kept on a durable). */
export function filterCovers(filter: string, narrower: string): boolean {
  if (filter === narrower) return true;
  if (!filter.endsWith('.>')) return false;
  const prefix = filter.slice(0, -1);
  return narrower.startsWith(prefix) && narrower.length > prefix.length;
}
