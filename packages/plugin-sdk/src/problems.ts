import type { ErrorObject } from 'ajv';

/** One thing wrong with a manifest, a config or an output, at a dotted path (`hooks.0.timeoutMs`; '' is the whole value). */
export interface Problem {
  path: string;
  message: string;
}

function joinPath(base: string, key: string | number): string {
  return base === '' ? String(key) : `${base}.${key}`;
}

function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

/** Ajv's errors as problems: a missing or unexpected property is reported at its own path. */
export function problemsOf(errors: ErrorObject[] | null | undefined, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    let path = pointerToPath(error.instancePath);
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      path = joinPath(path, String(error.params.missingProperty));
      message = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      path = joinPath(path, String(error.params.additionalProperty));
      message = 'is not a known property';
    } else if (error.keyword === 'enum') {
      message = `must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    } else if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      // the branches' own errors say what is wrong; the combinator adds nothing a user can act on
      if (errors && errors.length > 1) continue;
    }
    const full = prefix === '' ? path : path === '' ? prefix : `${prefix}.${path}`;
    const key = `${full}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path: full, message });
  }
  return problems;
}
