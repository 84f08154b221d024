import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { AuthScopeMap } from '@pothos/plugin-scope-auth';
import type { KitContext } from '../context.ts';
import type { Result } from '../errors.ts';
import type { KitSchemaTypes } from './builder.ts';
import { type PayloadOptions, payloadType, toPayload } from './payload.ts';
import type { KitBuilder } from './types.ts';

type Types<Context extends KitContext> = PothosSchemaTypes.ExtendDefaultTypes<KitSchemaTypes<Context>>;

export interface InputMutationOptions<Context extends KitContext, Input, Value, Code extends string> {
  /** the mutation's one argument, `input: X!` */
  input: InputObjectRef<Types<Context>, Input>;
  /**
   * Its payload: the options of a new `<Mutation>Payload` (named after the field), or a payload made
   * with `payloadType` that the mutation shares the shape of.
   */
  payload: PayloadOptions<Code, Types<Context>> | ObjectRef<Types<Context>, unknown>;
  /** who may call it: the builder's scopes, `$all`/`$any` included */
  authScopes: AuthScopeMap<Types<Context>> | ((parent: unknown, args: unknown, context: Context) => boolean);
  description?: string;
  /** the domain's work: its result decides the payload (and what the audit trail records) */
  run(context: Context, input: Input): Promise<Result<Value, Code>>;
  /** the payload's fields when it succeeded (`(product) => ({ product })`) */
  fields(value: Value): object;
}

/**
 * `field(input: XInput!): XPayload!` on Mutation, the shape of every mutation of the platform:
 * the input goes to the domain's `run`, its result becomes the payload (`toPayload`), and a new
 * payload type declares its codes (`payloadType`). What a mutation does besides (a metric, a
 * second argument) is written out with `builder.mutationField` instead.
 */
export function inputMutation<Context extends KitContext, Input, Value, Code extends string>(
  builder: KitBuilder<Context>,
  field: string,
  options: InputMutationOptions<Context, Input, Value, Code>,
): void {
  const payload =
    'codes' in options.payload
      ? payloadType(builder, upperFirst(field), options.payload as PayloadOptions<Code, Types<Context>>)
      : options.payload;
  builder.mutationField(field, (t) =>
    t.field({
      type: payload as ObjectRef<Types<Context>, unknown>,
      authScopes: options.authScopes,
      ...(options.description ? { description: options.description } : {}),
      args: { input: t.arg({ type: options.input, required: true }) },
      // the payload ref is the caller's: Pothos cannot relate its shape to this generic result
      resolve: async (_root, args, context) =>
        toPayload(await options.run(context, (args as { input: Input }).input), options.fields) as never,
    }),
  );
}

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
