import { encodeGlobalId } from '@ucos/kit';
import { staffOf } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { DEMO_PRODUCT_FORM_LAYOUT, FULFILMENT_NOTES } from '../../../infra/src/demo/ui-extensions.ts';
import { admin, type PluginsHarness, pluginsSuite, randomUUID, reader } from './harness.ts';

let plugins: PluginsHarness;

pluginsSuite((suite) => {
  plugins = suite.plugins;
});

const EXTENSION = 'uiExtension { id point title schema position enabled installationId }';
const SAVE = `mutation ($input: UiExtensionSaveInput!) { uiExtensionSave(input: $input) { ${EXTENSION} errors { code field message } } }`;
const DELETE = `mutation ($input: UiExtensionDeleteInput!) { uiExtensionDelete(input: $input) { deletedId errors { code field message } } }`;
const LIST = `query ($point: UiExtensionPoint, $enabledOnly: Boolean) { uiExtensions(point: $point, enabledOnly: $enabledOnly) { id title point enabled schema } }`;
const ONE = 'query ($id: ID!) { uiExtension(id: $id) { id title } }';

const NOTES = {
  blocks: [
    {
      type: 'card',
      title: 'Fulfilment notes',
      children: [
        { type: 'fields', fields: [{ label: 'Total', path: 'order.total.amount' }] },
        { type: 'button', label: 'Hold', mutation: 'orderHoldPlace', args: { reason: 'Check the address' } },
      ],
    },
  ],
};

const save = (tenantId: string, input: Record<string, unknown>, who = admin(tenantId)) =>
  plugins.call(SAVE, { input: { point: 'ORDER_PANEL', title: 'Notes', schema: JSON.stringify(NOTES), ...input } }, who);

describe('UI extensions', () => {
  it('stores a valid schema, lists it by point and position, replaces, disables and deletes it', async () => {
    const tenant = randomUUID();
    const first = await save(tenant, { position: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.uiExtensionSave.errors).toEqual([]);
    const created = first.data?.uiExtensionSave.uiExtension;
    expect(created).toMatchObject({
      point: 'ORDER_PANEL',
      title: 'Notes',
      position: 2,
      enabled: true,
      installationId: null,
    });
    expect(JSON.parse(created.schema)).toEqual(NOTES);
    const second = await save(tenant, { title: 'First', position: 1 });
    await save(tenant, {
      point: 'DASHBOARD_WIDGET',
      title: 'Welcome',
      schema: JSON.stringify({ blocks: [{ type: 'text', text: 'Hello' }] }),
    });

    const listed = await plugins.call(LIST, { point: 'ORDER_PANEL' }, reader(tenant));
    expect(listed.data?.uiExtensions.map((row: { title: string }) => row.title)).toEqual(['First', 'Notes']);

    const disabled = await save(tenant, {
      id: second.data?.uiExtensionSave.uiExtension.id,
      title: 'First',
      enabled: false,
    });
    expect(disabled.data?.uiExtensionSave.uiExtension.enabled).toBe(false);
    const shown = await plugins.call(LIST, { point: 'ORDER_PANEL', enabledOnly: true }, reader(tenant));
    expect(shown.data?.uiExtensions.map((row: { title: string }) => row.title)).toEqual(['Notes']);
    const all = await plugins.call(LIST, {}, reader(tenant));
    expect(all.data?.uiExtensions).toHaveLength(3);

    const deleted = await plugins.call(DELETE, { input: { id: created.id } }, admin(tenant));
    expect(deleted.data?.uiExtensionDelete).toEqual({ deletedId: created.id, errors: [] });
    const again = await plugins.call(DELETE, { input: { id: created.id } }, admin(tenant));
    expect(again.data?.uiExtensionDelete.errors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'No such UI extension' },
    ]);
  });

  it("accepts the demo's Fulfilment notes order panel and product form layout", async () => {
    const saved = await save(randomUUID(), { title: 'Fulfilment notes', schema: JSON.stringify(FULFILMENT_NOTES) });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.uiExtensionSave.errors).toEqual([]);
    const layout = await save(randomUUID(), {
      point: 'PRODUCT_FORM',
      title: 'Product fields layout',
      schema: JSON.stringify(DEMO_PRODUCT_FORM_LAYOUT),
    });
    expect(layout.data?.uiExtensionSave.errors).toEqual([]);
  });

  it('refuses an invalid schema with every problem on its path, and stores nothing', async () => {
    const tenant = randomUUID();
    const broken = {
      blocks: [
        {
          type: 'card',
          title: 'Notes',
          children: [
            { type: 'fields', fields: [{ label: 'Total', path: 'product.price' }] },
            { type: 'html', html: '<script>alert(1)</script>' },
            { type: 'button', label: 'Delete', mutation: 'productDelete', args: {} },
          ],
        },
      ],
    };
    const refused = await save(tenant, { schema: JSON.stringify(broken) });
    const errors = refused.data?.uiExtensionSave.errors as { code: string; field: string[] }[];
    expect(refused.data?.uiExtensionSave.uiExtension).toBeNull();
    expect(errors.every((error) => error.code === 'INVALID_SCHEMA')).toBe(true);
    expect(errors.map((error) => error.field.join('.'))).toEqual(
      expect.arrayContaining(['input.schema.blocks.0.children.1.type']),
    );
    expect(errors.some((error) => error.field.join('.').startsWith('input.schema.blocks.0.children.2'))).toBe(true);
    // paths are checked against the point once the shape is right
    const wrongRoot = await save(tenant, {
      schema: JSON.stringify({ blocks: [{ type: 'fields', fields: [{ label: 'Price', path: 'product.price' }] }] }),
    });
    expect(wrongRoot.data?.uiExtensionSave.errors).toEqual([
      {
        code: 'INVALID_SCHEMA',
        field: ['input', 'schema', 'blocks', '0', 'fields', '0', 'path'],
        message: 'A path at ORDER_PANEL starts with order.',
      },
    ]);
    const notJson = await save(tenant, { schema: '{"blocks": [' });
    expect(notJson.data?.uiExtensionSave.errors[0]).toMatchObject({
      code: 'INVALID_SCHEMA',
      field: ['input', 'schema'],
    });
    const blank = await save(tenant, { title: '   ' });
    expect(blank.data?.uiExtensionSave.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'title'] });
    const missing = await save(tenant, { installationId: encodeGlobalId('PluginInstallation', randomUUID()) });
    expect(missing.data?.uiExtensionSave.errors[0]).toMatchObject({
      code: 'NOT_INSTALLED',
      field: ['input', 'installationId'],
    });
    const listed = await plugins.call(LIST, {}, reader(tenant));
    expect(listed.data?.uiExtensions).toEqual([]);
  });

  it('keeps tenants apart: another tenant neither sees, reads, replaces nor deletes an extension', async () => {
    const owner = randomUUID();
    const other = randomUUID();
    const created = await save(owner, {});
    const id = created.data?.uiExtensionSave.uiExtension.id as string;
    expect((await plugins.call(LIST, {}, reader(other))).data?.uiExtensions).toEqual([]);
    expect((await plugins.call(ONE, { id }, reader(other))).data?.uiExtension).toBeNull();
    expect((await plugins.call(ONE, { id }, reader(owner))).data?.uiExtension).toEqual({ id, title: 'Notes' });
    const replaced = await save(other, { id, title: 'Taken over' });
    expect(replaced.data?.uiExtensionSave.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const deleted = await plugins.call(DELETE, { input: { id } }, admin(other));
    expect(deleted.data?.uiExtensionDelete.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await plugins.call(ONE, { id }, reader(owner))).data?.uiExtension).toEqual({ id, title: 'Notes' });
  });

  it('stores a form layout, one enabled per form point, refusing other blocks and repeated keys', async () => {
    const tenant = randomUUID();
    const layout = (title: string, keys: string[]) =>
      JSON.stringify({ blocks: [{ type: 'form', sections: [{ title, fields: keys }] }] });
    const saved = await save(tenant, {
      point: 'PRODUCT_FORM',
      title: 'Layout',
      schema: layout('Materials', ['material']),
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.uiExtensionSave.errors).toEqual([]);
    const id = saved.data?.uiExtensionSave.uiExtension.id as string;
    expect(JSON.parse(saved.data?.uiExtensionSave.uiExtension.schema)).toEqual({
      blocks: [{ type: 'form', sections: [{ title: 'Materials', fields: ['material'] }] }],
    });
    // replacing the one in place is fine; a second enabled one is refused, a disabled one kept
    const replaced = await save(tenant, {
      id,
      point: 'PRODUCT_FORM',
      title: 'Layout',
      schema: layout('Make', ['care']),
    });
    expect(replaced.data?.uiExtensionSave.errors).toEqual([]);
    const second = await save(tenant, { point: 'PRODUCT_FORM', title: 'Other', schema: layout('A', ['care']) });
    expect(second.data?.uiExtensionSave.errors).toEqual([
      {
        code: 'LAYOUT_EXISTS',
        field: ['input', 'point'],
        message:
          'This form has a layout already (“Layout”): change, disable or delete that one, or save this one disabled',
      },
    ]);
    const spare = await save(tenant, {
      point: 'PRODUCT_FORM',
      title: 'Spare',
      schema: layout('A', ['care']),
      enabled: false,
    });
    expect(spare.data?.uiExtensionSave.errors).toEqual([]);
    // another form point is its own
    const order = await save(tenant, { point: 'ORDER_FORM', title: 'Order layout', schema: layout('A', ['boxes']) });
    expect(order.data?.uiExtensionSave.errors).toEqual([]);

    const panelAtForm = await save(tenant, { point: 'CUSTOMER_FORM' });
    expect(panelAtForm.data?.uiExtensionSave.errors).toEqual([
      {
        code: 'INVALID_SCHEMA',
        field: ['input', 'schema', 'blocks', '0', 'type'],
        message: 'CUSTOMER_FORM takes a form block only',
      },
    ]);
    const formAtPanel = await save(tenant, { point: 'PRODUCT_PANEL', schema: layout('A', ['care']) });
    expect(formAtPanel.data?.uiExtensionSave.errors[0]).toMatchObject({
      code: 'INVALID_SCHEMA',
      field: ['input', 'schema', 'blocks', '0', 'type'],
    });
    const repeated = await save(tenant, {
      point: 'SUPPLIER_FORM',
      schema: layout('A', ['care', 'Bad', 'care']),
    });
    expect(repeated.data?.uiExtensionSave.errors.map((error: { field: string[] }) => error.field.join('.'))).toEqual([
      'input.schema.blocks.0.sections.0.fields.1',
    ]);
    const shown = await plugins.call(LIST, { point: 'PRODUCT_FORM', enabledOnly: true }, reader(tenant));
    expect(shown.data?.uiExtensions.map((row: { title: string }) => row.title)).toEqual(['Layout']);

    // another tenant has its own form points: its layout is neither refused by this one nor sees it
    const other = randomUUID();
    expect((await plugins.call(LIST, { point: 'PRODUCT_FORM' }, reader(other))).data?.uiExtensions).toEqual([]);
    const theirs = await save(other, { point: 'PRODUCT_FORM', title: 'Theirs', schema: layout('B', ['care']) });
    expect(theirs.data?.uiExtensionSave.errors).toEqual([]);
    const takeOver = await save(other, {
      id,
      point: 'PRODUCT_FORM',
      title: 'Taken',
      schema: layout('B', ['care']),
      enabled: false,
    });
    expect(takeOver.data?.uiExtensionSave.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await plugins.call(ONE, { id }, reader(tenant))).data?.uiExtension).toEqual({ id, title: 'Layout' });
  });

  it('needs plugins:write to change and plugins:read to list', async () => {
    const tenant = randomUUID();
    const denied = await save(tenant, {}, reader(tenant));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const none = await plugins.call(LIST, {}, staffOf(tenant, []));
    expect(none.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
