import SchemaBuilder, { BasePlugin, type PothosInputFieldConfig, type SchemaTypes } from '@pothos/core';
import { CONVENTIONAL_CAPS, withCapNote } from './text-caps.ts';

/**
 * Declares every String input's cap in the schema: a field or argument named like a name, a note, an
 * email… (CONVENTIONAL_CAPS) gets `extensions.maxLength` and "At most N characters." in its
 * description; one that declared its own with `maxLength(n)` keeps it. The kit's input rule
 * enforces exactly what is declared, so the printed schema and the behaviour cannot drift apart.
 */
export class TextCapsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> {
    const list = fieldConfig.type.kind === 'List';
    let type = fieldConfig.type;
    while (type.kind === 'List') type = type.type;
    if (type.kind !== 'Scalar' || this.buildCache.getTypeConfig(type.ref).name !== 'String') return fieldConfig;
    const declared = fieldConfig.extensions?.maxLength;
    const cap = typeof declared === 'number' ? declared : CONVENTIONAL_CAPS.get(fieldConfig.name);
    if (cap === undefined) return fieldConfig;
    return {
      ...fieldConfig,
      description: withCapNote(fieldConfig.description, cap, list),
      extensions: { ...fieldConfig.extensions, maxLength: cap },
    };
  }
}

export const TEXT_CAPS_PLUGIN = 'kitTextCaps' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      kitTextCaps: TextCapsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(TEXT_CAPS_PLUGIN, TextCapsPlugin);
