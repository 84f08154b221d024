import SchemaBuilder, {
  BasePlugin,
  type PothosInputFieldConfig,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { badUserInput } from '../errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.ts';

const PAGE_ARGUMENTS = new Set(['first', 'last']);
const DESCRIPTION = `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}); more is refused with BAD_USER_INPUT.`;

const isPageSize = (config: { kind: string; name: string; type: { kind: string } }) =>
  config.kind === 'Arg' &&
  PAGE_ARGUMENTS.has(config.name) &&
  config.type.kind === 'Scalar' &&
  nameOf((config.type as { ref?: unknown }).ref) === 'Int';

/** The arguments the Relay plugin's `t.connection` adds to every connection field. */
const RELAY_CONNECTION_ARGUMENTS = ['first', 'last', 'before', 'after'];

/** A type reference is its name, or a ref object that carries one. */
const nameOf = (ref: unknown) =>
  typeof ref === 'string' ? ref : ((ref as { name?: unknown } | null)?.name as string | undefined);

/**
 * Every `first`/`last` Int argument of every subgraph, in one place: documented in the schema with
 * its maximum, and refused above it (BAD_USER_INPUT) before the resolver runs, whether or not the
 * resolver pages through `pageOf`.
 */
export class PageSizePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /**
   * The platform's lists page forward (`first`/`after`) over keyset SQL; Relay's backward arguments,
   * which `t.connection` always adds, are left out of the schema rather than accepted and ignored.
   */
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> | null {
    const args = fieldConfig.args;
    if (!RELAY_CONNECTION_ARGUMENTS.every((name) => name in args)) return fieldConfig;
    const { before: _before, last: _last, ...forward } = args;
    return { ...fieldConfig, args: forward };
  }

  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> {
    if (!isPageSize(fieldConfig) || fieldConfig.description) return fieldConfig;
    return { ...fieldConfig, description: DESCRIPTION };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const bounded = Object.values(fieldConfig.args)
      .filter((arg) => isPageSize(arg))
      .map((arg) => arg.name);
    if (bounded.length === 0) return resolver;
    return (parent, args, context, info) => {
      for (const name of bounded) {
        const value = (args as Record<string, unknown>)[name];
        if (value !== null && value !== undefined && ((value as number) < 0 || (value as number) > MAX_PAGE_SIZE)) {
          throw badUserInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}`, [name]);
        }
      }
      return resolver(parent, args, context, info);
    };
  }
}

export const PAGE_SIZE_PLUGIN = 'kitPageSize' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      kitPageSize: PageSizePlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(PAGE_SIZE_PLUGIN, PageSizePlugin);
