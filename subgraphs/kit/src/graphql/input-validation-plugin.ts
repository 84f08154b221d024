import SchemaBuilder, {
  BasePlugin,
  completeValue,
  type InputFieldsMapping,
  mapInputFields,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import type { GraphQLFieldResolver } from 'graphql';
import { AppError, ErrorCode, type PayloadError } from '../errors.ts';
import { codeOf, isRule } from '../validation.ts';
import { PAYLOAD_EXTENSION, type PayloadDeclaration } from './payload.ts';

/** Where the failed validation's problems travel from the argument mapper to the resolver wrapper. */
const INPUT_PROBLEMS = Symbol('ucos.inputProblems');

/**
 * Business-input validation at the schema edge, answered in the mutation's payload.
 *
 * `@pothos/plugin-validation` runs the `validate:` rules of a field's arguments and input fields
 * before the resolver. For a mutation whose type is a kit payload (`payloadType`), this plugin turns
 * a failure into that payload's `errors` — every problem with its code and `field` path
 * (`["input", "variants", "0", "sku"]`) — and the resolver does not run; authorization still runs
 * first. Anywhere else a failure is a `BAD_USER_INPUT` GraphQL error (see `validationErrorAsBadUserInput`).
 *
 * At build time it refuses a payload that does not declare the code of a rule on its input, so the
 * schema's `…ErrorCode` enums cannot miss a code validation can return.
 */
export class InputValidationPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const declaration = this.payloadDeclaration(fieldConfig);
    if (!declaration) return fieldConfig;
    const rulesByField = this.checkDeclaredRuleCodes(fieldConfig, declaration);
    const mappers = fieldConfig.argMappers ?? [];
    if (mappers.length === 0) return fieldConfig;
    const markProblems = (error: unknown, args: Record<string, unknown>): Record<string | symbol, unknown> => {
      if (!(error instanceof InputRuleFailure)) throw error;
      return { [INPUT_PROBLEMS]: allProblems(error.issues, args, rulesByField) };
    };
    const validateThenMark = (args: Record<string, unknown>, context: Types['Context'], info: never) => {
      const run = (index: number, value: Record<string, unknown>): unknown =>
        index === mappers.length
          ? value
          : completeValue(mappers[index]!(value, context, info), (next) =>
              run(index + 1, next as Record<string, unknown>),
            );
      try {
        return completeValue(
          run(0, args),
          (value) => value,
          (error) => markProblems(error, args),
        );
      } catch (error) {
        return markProblems(error, args);
      }
    };
    return { ...fieldConfig, argMappers: [validateThenMark as (typeof mappers)[number]] };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const declaration = this.payloadDeclaration(fieldConfig);
    if (!declaration) return resolver;
    return (parent, args, context, info) => {
      const problems = (args as { [INPUT_PROBLEMS]?: PayloadError[] })[INPUT_PROBLEMS];
      return problems ? { ...declaration.failed, errors: problems } : resolver(parent, args, context, info);
    };
  }

  private payloadDeclaration(fieldConfig: PothosOutputFieldConfig<Types>): PayloadDeclaration | null {
    if (fieldConfig.type.kind !== 'Object') return null;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.type.ref);
    return (typeConfig.extensions?.[PAYLOAD_EXTENSION] as PayloadDeclaration | undefined) ?? null;
  }

  private checkDeclaredRuleCodes(
    fieldConfig: PothosOutputFieldConfig<Types>,
    declaration: PayloadDeclaration,
  ): RuleMappings<Types> {
    const declared = new Set(declaration.codes);
    const schemasOf = (options: { validate?: unknown }) =>
      options.validate === undefined ? null : [options.validate as StandardSchemaV1];
    const needed = new Map<string, string>();
    const collect = (schemas: readonly StandardSchemaV1[] | null | undefined, where: string) => {
      for (const schema of schemas ?? []) {
        for (const code of isRule(schema) ? schema.codes : ['INVALID_INPUT']) needed.set(code, where);
      }
    };
    const walk = (mappings: InputFieldsMapping<Types, StandardSchemaV1[]> | null, path: string, seen: Set<object>) => {
      if (!mappings || seen.has(mappings)) return;
      seen.add(mappings);
      for (const [name, mapping] of mappings) {
        collect(mapping.value, `${path}.${name}`);
        if (mapping.kind === 'InputObject') {
          const typeConfig = this.buildCache.getTypeConfig(
            mapping.config.type.kind === 'List' ? innerRef(mapping.config.type) : mapping.config.type.ref,
          );
          collect(schemasOf(typeConfig.pothosOptions as { validate?: unknown }), typeConfig.name);
          walk(mapping.fields.map, `${path}.${name}`, seen);
        }
      }
    };
    collect(schemasOf(fieldConfig.pothosOptions as { validate?: unknown }), fieldConfig.name);
    const rulesByField = mapInputFields(fieldConfig.args, this.buildCache, (field) =>
      schemasOf(field.pothosOptions as { validate?: unknown }),
    );
    walk(rulesByField, fieldConfig.name, new Set());
    for (const [code, where] of needed) {
      if (!declared.has(code)) {
        throw new Error(`${declaration.name}Payload must declare ${code}: the input rule on ${where} returns it`);
      }
    }
    return rulesByField;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: unwraps the caller's input type param
const innerRef = (type: any): any => (type.kind === 'List' ? innerRef(type.type) : type.ref);

type RuleMappings<Types extends SchemaTypes> = InputFieldsMapping<Types, StandardSchemaV1[]> | null;

/**
 * Every rule problem of the input, so a form shows them all at once: the validation plugin stops at
 * the first field that fails, so after a failure the field rules are run once more over the whole
 * input (they are synchronous) and merged with what the plugin reported.
 */
function allProblems<Types extends SchemaTypes>(
  reported: readonly StandardSchemaV1.Issue[],
  args: Record<string, unknown>,
  rulesByField: RuleMappings<Types>,
): PayloadError[] {
  const problems = new Map<string, PayloadError>();
  const add = (issue: StandardSchemaV1.Issue) => {
    const problem = issueToPayloadError(issue);
    const key = `${problem.field?.join('.')}:${problem.message}`;
    if (!problems.has(key)) problems.set(key, problem);
  };
  const visit = (value: unknown, mappings: RuleMappings<Types>, path: (string | number)[]) => {
    if (!mappings || value === null || typeof value !== 'object') return;
    for (const [name, mapping] of mappings) {
      const fieldValue = (value as Record<string, unknown>)[name];
      if (fieldValue === null || fieldValue === undefined) continue;
      for (const schema of mapping.value ?? []) {
        const result = schema['~standard'].validate(fieldValue);
        if (result instanceof Promise || !result.issues) continue;
        for (const issue of result.issues) add({ ...issue, path: [...path, name, ...(issue.path ?? [])] });
      }
      if (mapping.kind === 'InputObject') {
        const each = (item: unknown, at: (string | number)[]): void => {
          if (!Array.isArray(item)) {
            visit(item, mapping.fields.map, at);
            return;
          }
          for (const [index, element] of item.entries()) each(element, [...at, index]);
        };
        each(fieldValue, [...path, name]);
      }
    }
  };
  // input-field order first, so a form lists its problems top to bottom; then anything else the plugin saw
  visit(args, rulesByField, []);
  for (const issue of reported) add(issue);
  return [...problems.values()];
}

/** A rule's issue names its code; a plain zod schema's issue may name one in `params: { code }`. */
function issueToPayloadError(
  issue: StandardSchemaV1.Issue & { payloadCode?: unknown; params?: Record<string, unknown> },
): PayloadError {
  return {
    code: typeof issue.payloadCode === 'string' ? issue.payloadCode : codeOf(issue, 'INVALID_INPUT'),
    field: pathOf(issue),
    message: issue.message,
  };
}

function pathOf(issue: StandardSchemaV1.Issue): string[] {
  return (issue.path ?? []).map((key) => String(typeof key === 'object' ? key.key : key));
}

/**
 * A failed `validate:` rule. Outside a payload it reaches the client as a `BAD_USER_INPUT` GraphQL
 * error naming the first problem and its argument path; in a payload its issues become the errors.
 */
export class InputRuleFailure extends AppError {
  readonly issues: readonly StandardSchemaV1.Issue[];
  constructor(issues: readonly StandardSchemaV1.Issue[]) {
    const [first] = issues;
    super(ErrorCode.BAD_USER_INPUT, first?.message ?? 'Invalid input', first ? { field: pathOf(first) } : {});
    this.issues = issues;
  }
}

/** The builder's `validation.validationError`. */
export function validationErrorAsBadUserInput(failure: StandardSchemaV1.FailureResult): Error {
  return new InputRuleFailure(failure.issues);
}

export const INPUT_VALIDATION_PLUGIN = 'kitInputValidation' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      kitInputValidation: InputValidationPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(INPUT_VALIDATION_PLUGIN, InputValidationPlugin);
