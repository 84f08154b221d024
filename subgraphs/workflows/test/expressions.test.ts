import { describe, expect, it } from 'vitest';
import { ExpressionFailure, evaluate, evaluateBoolean } from '../src/definitions/expressions.ts';

/**
 * The router evaluates the same trigger filters for every event from one compiled expression per
 * source: evaluations must stay independent of each other, and the guardrails hold on every one.
 */
describe('workflow expressions', () => {
  it('evaluates one source concurrently against different events, each with its own answer', async () => {
    const filter = 'event.payload.total > 100 and $orderNumber(event.payload) = "AC-" & $string(event.payload.n)';
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        evaluateBoolean(filter, { event: { payload: { total: n % 2 ? 150 : 50, displayNumber: `AC-${n}`, n } } }),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 50 }, (_, n) => n % 2 === 1));
  });

  it('stops a runaway expression on every evaluation, not only the first', async () => {
    const runaway = '($f := function($n) { $f($n + 1) }; $f(0))';
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(evaluate(runaway, {})).rejects.toBeInstanceOf(ExpressionFailure);
    }
    // the guardrails of a stopped evaluation do not leak into the next one of the same source
    await expect(evaluate('$sum([1..10])', {})).resolves.toBe(55);
  });

  it('refuses an expression that does not parse, each time it is asked', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(evaluate('event.payload.(', {})).rejects.toThrow(/expression "event.payload.\(" failed/);
    }
  });
});
