import type { ObjectRef } from '@pothos/core';
import type { KitContext } from '../context.ts';
import type { KitAuthScopes, KitSchemaTypes } from './builder.ts';
import { localUuid } from './global-id.ts';
import type { KitBuilder } from './types.ts';

type Types<Context extends KitContext> = PothosSchemaTypes.ExtendDefaultTypes<KitSchemaTypes<Context>>;

export interface ByIdQueryOptions<Context extends KitContext, Node> {
  type: ObjectRef<Types<Context>, Node>;
  /** the type its global ids name: another type's id (or a malformed one) is BAD_USER_INPUT on `["id"]` */
  typeName: string;
  authScopes: Partial<KitAuthScopes> | ((parent: unknown, args: unknown, context: Context) => boolean);
  description?: string;
  /** the row by its local uuid, as the caller's tenant sees it; null when it has none such */
  load(context: Context, id: string): Promise<Node | null>;
}

/**
 * `field(id: ID!): Type` on Query: the entity by its global id, null when the caller's tenant has no
 * such entity (absent and another tenant's read the same).
 */
export function byIdQuery<Context extends KitContext, Node>(
  builder: KitBuilder<Context>,
  field: string,
  options: ByIdQueryOptions<Context, Node>,
): void {
  builder.queryField(field, (t) =>
    t.field({
      type: options.type,
      nullable: true,
      authScopes: options.authScopes,
      ...(options.description ? { description: options.description } : {}),
      args: { id: t.arg.id({ required: true }) },
      // Pothos cannot narrow its resolver result for an unresolved Node (a list or not): the ref fixes it
      resolve: (_root, { id }, context) => options.load(context, localUuid(id, options.typeName, ['id'])) as never,
    }),
  );
}
