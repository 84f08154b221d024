import { describe, expect, it } from 'vitest';
import { parseViewed, withViewed } from '../src/app/products/[handle]/recently-viewed-list.ts';

const cookie = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('the recently viewed cookie', () => {
  it('puts the product viewed first, once, keeping six', () => {
    let list = parseViewed(undefined);
    for (const handle of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
      list = withViewed(list, { handle, title: handle.toUpperCase() });
    expect(list.map((entry) => entry.handle)).toEqual(['g', 'f', 'e', 'd', 'c', 'b']);
    list = withViewed(list, { handle: 'd', title: 'D' });
    expect(list.map((entry) => entry.handle)).toEqual(['d', 'g', 'f', 'e', 'c', 'b']);
    expect(parseViewed(cookie(list))).toEqual(list);
  });

  it('drops what a shopper or a broken cookie could put there', () => {
    expect(parseViewed('%7Bnot json')).toEqual([]);
    expect(parseViewed(cookie({ handle: 'a', title: 'A' }))).toEqual([]);
    expect(
      parseViewed(
        cookie([
          { handle: 'ok-1', title: 'Fine' },
          { handle: '../../admin', title: 'Escape' },
          { handle: 'javascript:alert(1)', title: 'Script' },
          { handle: 'ok-2', title: 7 },
          { handle: 'ok-3', title: 'x'.repeat(500) },
        ]),
      ),
    ).toEqual([
      { handle: 'ok-1', title: 'Fine' },
      { handle: 'ok-3', title: 'x'.repeat(80) },
    ]);
  });
});
