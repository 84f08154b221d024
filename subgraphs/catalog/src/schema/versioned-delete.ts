import { inputMutation, localUuid, ok } from '@ucos/kit';
import { builder, WRITE_SCOPES } from '../builder.ts';
import type { CatalogContext } from '../context.ts';
import type { CatalogErrorCode, CatalogResult } from '../data/errors.ts';

/**
 * `<thing>Delete(input: { id, version })` for a product, variant or collection: deletes it at the
 * version the caller read (CONFLICT when stale, NOT_FOUND when gone), and answers
 * `deleted<Thing>Id` with the id as the caller gave it. A malformed or foreign-typed id is
 * BAD_USER_INPUT on `input.id`.
 */
export function versionedDeleteMutation(
  field: 'productDelete' | 'variantDelete' | 'collectionDelete',
  typeName: 'Product' | 'ProductVariant' | 'Collection',
  options: {
    description?: string;
    remove(db: CatalogContext['db'], target: { id: string; version: number }): Promise<CatalogResult<unknown>>;
  },
) {
  const thing = field.slice(0, -'Delete'.length);
  const Thing = `${thing.charAt(0).toUpperCase()}${thing.slice(1)}`;
  const input = builder.inputType(`${Thing}DeleteInput`, {
    fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
  });
  inputMutation(builder, field, {
    input,
    payload: { codes: ['CONFLICT', 'NOT_FOUND'] satisfies CatalogErrorCode[], field: `deleted${Thing}Id`, type: 'ID' },
    authScopes: WRITE_SCOPES,
    description: options.description,
    run: async (context, { id, version }) => {
      const deleted = await options.remove(context.db, { id: localUuid(id, typeName, ['input', 'id']), version });
      return deleted.ok ? ok(id) : deleted;
    },
    fields: (id) => ({ [`deleted${Thing}Id`]: id }),
  });
}
