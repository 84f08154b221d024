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
