import { describe, expect, it } from 'vitest';
import {
  arrangeFormFields,
  parseUiSchema,
  resolveUiPath,
  UI_SCHEMA_LIMITS,
  type UiSchema,
  uiActionReferences,
  uiFormSections,
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

  it('takes a form layout at the form points only, and only a form block there', () => {
    const layout = {
      blocks: [
        {
          type: 'form',
          sections: [
            { title: 'Materials', fields: ['material', 'care'] },
            { title: 'Labels', fields: ['organic'] },
          ],
        },
      ],
    };
    for (const point of ['PRODUCT_FORM', 'CUSTOMER_FORM', 'ORDER_FORM', 'SUPPLIER_FORM'] as const) {
      expect(uiSchemaProblems(point, layout)).toEqual([]);
    }
    expect(uiSchemaProblems('PRODUCT_PANEL', layout)).toEqual([
      {
        path: ['blocks', '0', 'type'],
        message: 'A form block goes at a form point (PRODUCT_FORM, CUSTOMER_FORM, ORDER_FORM, SUPPLIER_FORM)',
      },
    ]);
    expect(uiSchemaProblems('NAV_PAGE', { blocks: [{ type: 'card', title: 'c', children: layout.blocks }] })).toEqual([
      {
        path: ['blocks', '0', 'children', '0', 'type'],
        message: 'A form block goes at a form point (PRODUCT_FORM, CUSTOMER_FORM, ORDER_FORM, SUPPLIER_FORM)',
      },
    ]);
    expect(uiSchemaProblems('PRODUCT_FORM', { blocks: [{ type: 'text', text: 'Hello' }] })).toEqual([
      { path: ['blocks', '0', 'type'], message: 'PRODUCT_FORM takes a form block only' },
    ]);
    expect(uiSchemaProblems('ORDER_FORM', { blocks: [...layout.blocks, ...layout.blocks] })).toEqual([
      { path: ['blocks'], message: 'A layout at ORDER_FORM is one form block' },
    ]);
  });

  it('bounds a layout: keys in the platform format, once each, 1-20 sections of 1-50 fields', () => {
    const at = (sections: unknown) => uiSchemaProblems('PRODUCT_FORM', { blocks: [{ type: 'form', sections }] });
    expect(
      at([
        { title: 'A', fields: ['material', 'Bad Key', 'care'] },
        { title: 'B', fields: ['care', 'x'.repeat(41)] },
      ]).map((problem) => problem.path.join('.')),
    ).toEqual(['blocks.0.sections.0.fields.1', 'blocks.0.sections.1.fields.1']);
    expect(
      at([
        { title: 'A', fields: ['care'] },
        { title: 'B', fields: ['material', 'care'] },
      ]),
    ).toEqual([
      {
        path: ['blocks', '0', 'sections', '1', 'fields', '1'],
        message: 'care is already in section 1: a field appears once in a layout',
      },
    ]);
    expect(at([])[0]?.path).toEqual(['blocks', '0', 'sections']);
    expect(at([{ title: ' ', fields: [] }]).map((problem) => problem.path.join('.'))).toEqual([
      'blocks.0.sections.0.title',
      'blocks.0.sections.0.fields',
    ]);
    const many = Array.from({ length: UI_SCHEMA_LIMITS.maxSections + 1 }, (_, index) => ({
      title: `S${index}`,
      fields: [`f${index}`],
    }));
    expect(at(many)[0]?.path).toEqual(['blocks', '0', 'sections']);
    const long = Array.from({ length: UI_SCHEMA_LIMITS.maxSectionFields + 1 }, (_, index) => `f${index}`);
    expect(at([{ title: 'A', fields: long }])[0]?.path).toEqual(['blocks', '0', 'sections', '0', 'fields']);
    expect(at([{ title: 'A', fields: ['care'], extra: 1 }])[0]?.path).toEqual(['blocks', '0', 'sections', '0']);
  });

  it("places the product form's own fields (@title, …) but no other form's, nor an unknown one", () => {
    const layout = (fields: string[]) => ({ blocks: [{ type: 'form', sections: [{ title: 'Basics', fields }] }] });
    expect(uiSchemaProblems('PRODUCT_FORM', layout(['@title', 'material', '@status', '@categories']))).toEqual([]);
    expect(uiSchemaProblems('PRODUCT_FORM', layout(['@title', '@price', '@Title']))).toEqual([
      {
        path: ['blocks', '0', 'sections', '0', 'fields', '2'],
        message:
          'A custom field key (1 to 40 lower-case letters, digits or _, starting with a letter), or one of the form’s own fields (@title, …)',
      },
    ]);
    expect(uiSchemaProblems('PRODUCT_FORM', layout(['@title', '@price']))).toEqual([
      {
        path: ['blocks', '0', 'sections', '0', 'fields', '1'],
        message:
          'PRODUCT_FORM has no field @price (its own fields are @title, @handle, @description, @status, @categories)',
      },
    ]);
    expect(uiSchemaProblems('CUSTOMER_FORM', layout(['@email', 'tier']))).toEqual([
      {
        path: ['blocks', '0', 'sections', '0', 'fields', '0'],
        message: 'CUSTOMER_FORM lays out custom fields only (its page edits the rest elsewhere)',
      },
    ]);
    expect(uiSchemaProblems('PRODUCT_FORM', layout(['@title', '@title']))[0]?.message).toBe(
      '@title is already in section 1: a field appears once in a layout',
    );
  });

  it('arranges fields in the sections, skips unknown keys and keeps the rest in a last section', () => {
    const parsed = parseUiSchema(
      'PRODUCT_FORM',
      JSON.stringify({
        blocks: [
          {
            type: 'form',
            sections: [
              { title: 'Care', fields: ['care', 'archived_one'] },
              { title: 'Gone', fields: ['mistyped'] },
              { title: 'Make', fields: ['material'] },
            ],
          },
        ],
      }),
    );
    if (!parsed.ok) throw new Error('valid layout refused');
    const sections = uiFormSections(parsed.schema);
    const fields = [{ key: 'material' }, { key: 'organic' }, { key: 'care' }, { key: 'size' }];
    expect(arrangeFormFields(sections, fields)).toEqual([
      { title: 'Care', fields: [{ key: 'care' }] },
      { title: 'Make', fields: [{ key: 'material' }] },
      { title: 'Other fields', fields: [{ key: 'organic' }, { key: 'size' }] },
    ]);
    expect(arrangeFormFields(null, fields)).toBeNull();
    expect(uiFormSections({ blocks: [{ type: 'text', text: 'x' }] })).toBeNull();
  });
});
