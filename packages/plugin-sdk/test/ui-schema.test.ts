import { describe, expect, it } from 'vitest';
import {
  parseUiSchema,
  resolveUiPath,
  UI_SCHEMA_LIMITS,
  type UiSchema,
  uiActionReferences,
  uiSchemaProblems,
  uiValueText,
} from '../src/ui-schema.ts';

const FULFILMENT = {
  blocks: [
    {
      type: 'card',
      title: 'Fulfilment notes',
      children: [
        { type: 'fields', fields: [{ label: 'Total', path: 'order.total.amount' }] },
        { type: 'table', rows: 'order.lines', columns: [{ label: 'SKU', path: 'sku' }] },
        { type: 'text', text: 'Pack fragile items first. <b>not HTML</b>' },
        { type: 'link', label: 'Carrier', href: 'https://carrier.example/track' },
        { type: 'link', label: 'All orders', href: '/orders' },
        { type: 'button', label: 'Hold', mutation: 'orderHoldPlace', args: { reason: 'Check address' } },
      ],
    },
  ],
};

describe('the UI schema', () => {
  it('accepts cards, fields, tables, text, links and allowed buttons at their point', () => {
    expect(uiSchemaProblems('ORDER_PANEL', FULFILMENT)).toEqual([]);
    expect(parseUiSchema('ORDER_PANEL', JSON.stringify(FULFILMENT))).toMatchObject({ ok: true });
  });

  it('reports each problem on its path', () => {
    const broken = {
      blocks: [
        {
          type: 'card',
          title: 'x',
          children: [
            { type: 'fields', fields: [{ label: 'Total', path: 'order..total' }] },
            { type: 'html', html: '<script>alert(1)</script>' },
            { type: 'link', label: 'Evil', href: 'javascript:alert(1)' },
            { type: 'link', label: 'Other host', href: '//evil.example/x' },
          ],
        },
      ],
    };
    const problems = uiSchemaProblems('ORDER_PANEL', broken);
    expect(problems.map((problem) => problem.path.join('.'))).toEqual([
      'blocks.0.children.0.fields.0.path',
      'blocks.0.children.1.type',
      'blocks.0.children.2.href',
      'blocks.0.children.3.href',
    ]);
  });

  it('refuses a mutation outside the allow-list, one at another point, and unknown arguments', () => {
    const at = (button: object) =>
      uiSchemaProblems('PRODUCT_PANEL', { blocks: [{ type: 'button', label: 'Go', ...button }] });
    expect(at({ mutation: 'productDelete', args: {} }).length).toBeGreaterThan(0);
    expect(at({ mutation: 'orderHoldPlace', args: { reason: 'x' } })).toEqual([
      { path: ['blocks', '0', 'mutation'], message: 'orderHoldPlace runs on ORDER_PANEL only' },
    ]);
    expect(at({ mutation: 'productStatusSet', args: { status: 'ACTIVE', id: 'other' } })[0]?.path).toEqual([
      'blocks',
      '0',
      'args',
    ]);
    expect(at({ mutation: 'productStatusSet', args: { status: 'ACTIVE' } })).toEqual([]);
  });

  it('takes buttons bound to a plugin action at any point, checking the names, and lists them', () => {
    const schema = {
      blocks: [
        { type: 'button', label: 'Recalculate', action: { name: 'recalculate-tier' } },
        {
          type: 'card',
          title: 'More',
          children: [{ type: 'button', label: 'Sync', action: { plugin: 'erp-export', name: 'sync' } }],
        },
      ],
    };
    expect(uiSchemaProblems('DASHBOARD_WIDGET', schema)).toEqual([]);
    expect(uiActionReferences(schema as UiSchema)).toEqual([
      { path: ['blocks', '0'], plugin: undefined, name: 'recalculate-tier', label: 'Recalculate' },
      { path: ['blocks', '1', 'children', '0'], plugin: 'erp-export', name: 'sync', label: 'Sync' },
    ]);
    const broken = uiSchemaProblems('ORDER_PANEL', {
      blocks: [
        { type: 'button', label: 'Go', action: { name: 'Run Now' } },
        { type: 'button', label: 'Go', action: { name: 'go', plugin: 'X' }, mutation: 'orderHoldPlace' },
      ],
    });
    expect(broken.map((problem) => problem.path.join('.'))).toEqual([
      'blocks.0.action.name',
      'blocks.1.action.plugin',
      'blocks.1',
    ]);
  });

  it('binds paths to the point object only', () => {
    expect(
      uiSchemaProblems('PRODUCT_PANEL', {
        blocks: [{ type: 'fields', fields: [{ label: 'T', path: 'order.total' }] }],
      }),
    ).toEqual([
      { path: ['blocks', '0', 'fields', '0', 'path'], message: 'A path at PRODUCT_PANEL starts with product.' },
    ]);
    expect(
      uiSchemaProblems('DASHBOARD_WIDGET', {
        blocks: [{ type: 'fields', fields: [{ label: 'T', path: 'product.x' }] }],
      }),
    ).toHaveLength(1);
    expect(
      uiSchemaProblems('PRODUCT_PANEL', {
        blocks: [{ type: 'fields', fields: [{ label: 'T', path: 'product.__proto__.x' }] }],
      })[0]?.path,
    ).toEqual(['blocks', '0', 'fields', '0', 'path']);
  });

  it('bounds depth, size and strings', () => {
    let nested: object = { type: 'text', text: 'deep' };
    for (let level = 0; level < UI_SCHEMA_LIMITS.maxDepth; level += 1)
      nested = { type: 'card', title: 'c', children: [nested] };
    expect(uiSchemaProblems('NAV_PAGE', { blocks: [nested] })).toEqual([
      {
        path: ['blocks', '0', 'children', '0', 'children', '0', 'children', '0'],
        message: 'Cards nest at most 3 deep',
      },
    ]);
    let bomb: unknown = 1;
    for (let level = 0; level < 5000; level += 1) bomb = [bomb];
    expect(uiSchemaProblems('NAV_PAGE', { blocks: bomb })[0]?.message).toMatch(/Nested deeper/);
    const many = Array.from({ length: 30 }, () => ({
      type: 'card',
      title: 'c',
      children: [
        { type: 'text', text: 'a' },
        { type: 'text', text: 'b' },
      ],
    }));
    expect(uiSchemaProblems('NAV_PAGE', { blocks: many })).toEqual([
      { path: ['blocks'], message: `At most ${UI_SCHEMA_LIMITS.maxBlocks} blocks in all` },
    ]);
    expect(uiSchemaProblems('NAV_PAGE', { blocks: [{ type: 'text', text: 'x'.repeat(2001) }] })[0]?.path).toEqual([
      'blocks',
      '0',
      'text',
    ]);
    expect(parseUiSchema('NAV_PAGE', '{"blocks": [')).toMatchObject({ ok: false, problems: [{ path: [] }] });
  });

  it('reads own properties only and shows values as text', () => {
    const host = { product: { title: 'Mug', customFields: { material: 'clay' }, tags: ['a'] } };
    expect(resolveUiPath(host, 'product.customFields.material')).toBe('clay');
    expect(resolveUiPath(host, 'product.tags.0')).toBe('a');
    expect(resolveUiPath(host, 'product.title.length')).toBeUndefined();
    expect(resolveUiPath(host, 'product.toString')).toBeUndefined();
    expect(uiValueText(undefined)).toBe('—');
    expect(uiValueText({ a: 1 })).toBe('{"a":1}');
    expect(uiValueText({ amount: 4599, currency: 'EUR', fractionDigits: 2 })).toBe('45.99 EUR');
  });
});
