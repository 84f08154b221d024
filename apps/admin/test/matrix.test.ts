import { describe, expect, it } from 'vitest';
import {
  defaultPriceList,
  handleOf,
  suggestSku,
  usableOptions,
  valuesOf,
  variantMatrix,
} from '../src/app/(portal)/catalog/new/matrix.ts';

describe('the new-product form rules', () => {
  it('derives a handle the API accepts from any title', () => {
    expect(handleOf('Crème Brûlée Mug (350 ml)')).toBe('creme-brulee-mug-350-ml');
    expect(handleOf('  --Hello,  World!-- ')).toBe('hello-world');
    expect(handleOf('日本')).toBe('');
    const long = handleOf(`${'a'.repeat(99)} b`);
    expect(long).toBe('a'.repeat(99));
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('reads option values from a comma list, trimmed, without blanks or repeats', () => {
    expect(valuesOf(' S, M ,L,,M ')).toEqual(['S', 'M', 'L']);
    expect(valuesOf('')).toEqual([]);
    expect(
      usableOptions([
        { name: ' Size ', values: ['S', ' S', ''] },
        { name: '', values: ['x'] },
        { name: 'Empty', values: [] },
      ]),
    ).toEqual([{ name: 'Size', values: ['S'] }]);
  });

  it('builds every Size × Colour combination, first option slowest, or one Default row', () => {
    const rows = variantMatrix([
      { name: 'Size', values: ['S', 'M', 'L'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
    ]);
    expect(rows.map((row) => row.title)).toEqual(['S / Red', 'S / Blue', 'M / Red', 'M / Blue', 'L / Red', 'L / Blue']);
    expect(rows[1]).toEqual({
      key: 'Size=S|Colour=Blue',
      title: 'S / Blue',
      optionValues: [
        { name: 'Size', value: 'S' },
        { name: 'Colour', value: 'Blue' },
      ],
    });
    expect(variantMatrix([])).toEqual([{ key: 'default', title: 'Default', optionValues: [] }]);
    expect(variantMatrix([{ name: 'Size', values: [] }])).toHaveLength(1);
  });

  it('suggests a SKU from the handle and the values that fits the API rule', () => {
    expect(
      suggestSku('basic-tee', [
        { name: 'Size', value: 'S' },
        { name: 'Colour', value: 'Dark Red' },
      ]),
    ).toBe('BASIC-TEE-S-DARK-RED');
    expect(suggestSku('mug', [])).toBe('MUG');
    const long = suggestSku('x'.repeat(70), [{ name: 'Size', value: 'XL' }]);
    expect(long).toHaveLength(64);
    expect(long).toMatch(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/);
  });

  it('defaults to the public retail list, never a customer group’s list even with a higher priority', () => {
    const lists = [
      { id: 'w', name: 'Wholesale EUR', currency: 'EUR', customerGroup: 'wholesale', priority: 10, active: true },
      { id: 'old', name: 'Old EUR', currency: 'EUR', customerGroup: null, priority: 50, active: false },
      { id: 'r', name: 'Retail EUR', currency: 'EUR', customerGroup: null, priority: 0, active: true },
    ];
    expect(defaultPriceList(lists)?.id).toBe('r');
    expect(defaultPriceList([lists[0]!])?.id).toBe('w');
    expect(defaultPriceList([])).toBeNull();
  });
});
