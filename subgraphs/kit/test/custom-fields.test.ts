import { describe, expect, it } from 'vitest';
import {
  applyCustomFieldValues,
  type CustomFieldDefinition,
  type CustomFieldDefinitionInput,
  customFieldList,
  customFieldValueToString,
  parseCustomFieldDefinition,
  parseCustomFieldValue,
} from '../src/custom-fields.ts';
import { encodeGlobalId } from '../src/index.ts';

function define(input: Partial<CustomFieldDefinitionInput> & Pick<CustomFieldDefinitionInput, 'type'>) {
  const parsed = parseCustomFieldDefinition({ key: 'field', label: 'Field', ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.definition;
}

const problemsOf = (input: CustomFieldDefinitionInput) => {
  const parsed = parseCustomFieldDefinition(input);
  return parsed.ok ? [] : parsed.problems.map((problem) => [problem.code, problem.field.join('.')]);
};

const accepts = (definition: CustomFieldDefinition, raw: string) => parseCustomFieldValue(definition, raw);

describe('custom field definitions', () => {
  it('normalises a definition: trimmed label, ADMIN by default, the default parsed to its stored value', () => {
    const parsed = parseCustomFieldDefinition({
      key: 'care',
      label: '  Care ',
      type: 'ENUM',
      defaultValue: 'Machine wash',
      validation: { values: ['Machine wash', 'Hand wash'], min: null },
    });
    expect(parsed).toEqual({
      ok: true,
      definition: {
        key: 'care',
        label: 'Care',
        type: 'ENUM',
        required: false,
        defaultValue: 'Machine wash',
        validation: { values: ['Machine wash', 'Hand wash'] },
        visibility: 'ADMIN',
      },
    });
  });

  it('refuses bad keys, labels, options that do not fit the type, broken patterns and empty enums', () => {
    expect(problemsOf({ key: 'Material', label: 'M', type: 'TEXT' })).toEqual([
      ['INVALID_CUSTOM_FIELD_KEY', 'input.key'],
    ]);
    expect(problemsOf({ key: '1a', label: ' ', type: 'TEXT' })).toEqual([
      ['INVALID_CUSTOM_FIELD_KEY', 'input.key'],
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.label'],
    ]);
    expect(problemsOf({ key: 'a', label: 'A', type: 'COLOR' as never })).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.type'],
    ]);
    expect(problemsOf({ key: 'a', label: 'A', type: 'NUMBER', validation: { pattern: 'x' } })).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.validation.pattern'],
    ]);
    expect(problemsOf({ key: 'a', label: 'A', type: 'TEXT', validation: { pattern: '(' } })).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.validation.pattern'],
    ]);
    expect(problemsOf({ key: 'a', label: 'A', type: 'NUMBER', validation: { min: 5, max: 1 } })).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.validation.min'],
    ]);
    expect(problemsOf({ key: 'a', label: 'A', type: 'ENUM' })).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.validation.values'],
    ]);
    expect(problemsOf({ key: 'a', label: 'A', type: 'ENUM', validation: { values: ['S', 'S'] } })).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.validation.values'],
    ]);
  });

  it('refuses a default that its own validation refuses', () => {
    expect(problemsOf({ key: 'a', label: 'A', type: 'NUMBER', defaultValue: '12', validation: { max: 10 } })).toEqual([
      ['INVALID_CUSTOM_FIELD_VALUE', 'input.defaultValue'],
    ]);
  });
});

describe('custom field values', () => {
  it('text: length bounds and a whole-value pattern', () => {
    const text = define({ type: 'TEXT', validation: { min: 2, max: 5, pattern: '[A-Z]+' } });
    expect(accepts(text, 'ABC')).toEqual({ ok: true, value: 'ABC' });
    expect(accepts(text, 'A')).toEqual({ ok: false, message: 'is too short' });
    expect(accepts(text, 'ABCDEF')).toEqual({ ok: false, message: 'is too long' });
    // the pattern is anchored: a match inside the value is not enough
    expect(accepts(text, 'xABx')).toEqual({ ok: false, message: 'does not match the pattern' });
  });

  it('text patterns run in linear time (RE2): a catastrophic pattern does not stall the process', () => {
    const evil = define({ type: 'TEXT', validation: { pattern: '(a+)+' } });
    const started = performance.now();
    expect(accepts(evil, `${'a'.repeat(1_999)}b`).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
    expect(accepts(evil, 'aaa').ok).toBe(true);
    // what RE2 cannot run in linear time is refused when the field is defined
    expect(problemsOf({ key: 'a', label: 'A', type: 'TEXT', validation: { pattern: '(a)\\1' } })).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', 'input.validation.pattern'],
    ]);
  });

  it('number: decimals within min and max, stored as numbers', () => {
    const number = define({ type: 'NUMBER', validation: { min: 0, max: 100 } });
    expect(accepts(number, '42.5')).toEqual({ ok: true, value: 42.5 });
    expect(accepts(number, ' 7 ')).toEqual({ ok: true, value: 7 });
    expect(accepts(number, 'ten').ok).toBe(false);
    expect(accepts(number, '1e3').ok).toBe(false);
    expect(accepts(number, '-1')).toEqual({ ok: false, message: 'is below 0' });
    expect(accepts(number, '101')).toEqual({ ok: false, message: 'is above 100' });
  });

  it('boolean, date and enum', () => {
    const boolean = define({ type: 'BOOLEAN' });
    expect(accepts(boolean, 'true')).toEqual({ ok: true, value: true });
    expect(accepts(boolean, 'false')).toEqual({ ok: true, value: false });
    expect(accepts(boolean, 'yes').ok).toBe(false);
    const date = define({ type: 'DATE' });
    expect(accepts(date, '2026-02-28')).toEqual({ ok: true, value: '2026-02-28' });
    expect(accepts(date, '2026-02-30').ok).toBe(false);
    expect(accepts(date, '28.02.2026').ok).toBe(false);
    const size = define({ type: 'ENUM', validation: { values: ['S', 'M'] } });
    expect(accepts(size, 'M')).toEqual({ ok: true, value: 'M' });
    expect(accepts(size, 'XL')).toEqual({ ok: false, message: 'must be one of S, M' });
  });

  it('money: amount and ISO currency, in minor units, with the currency precision and bounds', () => {
    const money = define({ type: 'MONEY', validation: { max: 10_000 } });
    expect(accepts(money, '19.99 EUR')).toEqual({ ok: true, value: { amount: 1999, currency: 'EUR' } });
    expect(accepts(money, '100 JPY')).toEqual({ ok: true, value: { amount: 100, currency: 'JPY' } });
    expect(accepts(money, '1.5 JPY').ok).toBe(false);
    expect(accepts(money, '19.99 ZZZ').ok).toBe(false);
    expect(accepts(money, '19.99').ok).toBe(false);
    expect(accepts(money, '100.01 EUR')).toEqual({ ok: false, message: 'is out of the allowed range' });
    expect(customFieldValueToString({ amount: 1999, currency: 'EUR' })).toBe('19.99 EUR');
  });

  it('reference: a global id, of the declared type when there is one', () => {
    const reference = define({ type: 'REFERENCE', validation: { referenceType: 'Product' } });
    const product = encodeGlobalId('Product', crypto.randomUUID());
    expect(accepts(reference, product)).toEqual({ ok: true, value: product });
    expect(accepts(reference, encodeGlobalId('Customer', crypto.randomUUID())).ok).toBe(false);
    expect(accepts(reference, 'not-an-id').ok).toBe(false);
    const anything = define({ type: 'REFERENCE' });
    expect(accepts(anything, encodeGlobalId('Customer', crypto.randomUUID())).ok).toBe(true);
  });
});

describe('applying values to an entity', () => {
  const material = define({ key: 'material', label: 'Material', type: 'TEXT', visibility: 'STOREFRONT' });
  const care = define({
    key: 'care',
    label: 'Care',
    type: 'ENUM',
    required: true,
    validation: { values: ['Machine wash', 'Hand wash'] },
  });
  const organic = define({ key: 'organic', label: 'Organic', type: 'BOOLEAN', defaultValue: 'false' });
  const definitions = [material, care, organic];

  it('on create: stores defaults, requires required fields, names each refused field', () => {
    expect(applyCustomFieldValues(definitions, [{ key: 'care', value: 'Hand wash' }], null)).toEqual({
      ok: true,
      values: { care: 'Hand wash', organic: false },
    });
    const refused = applyCustomFieldValues(
      definitions,
      [
        { key: 'material', value: 'x'.repeat(2_001) },
        { key: 'colour', value: 'red' },
      ],
      null,
    );
    expect(refused).toEqual({
      ok: false,
      problems: [
        {
          code: 'INVALID_CUSTOM_FIELD_VALUE',
          message: 'Material is too long',
          field: ['input', 'customFields', 'material'],
        },
        { code: 'UNKNOWN_CUSTOM_FIELD', message: 'No custom field colour', field: ['input', 'customFields', 'colour'] },
        { code: 'CUSTOM_FIELD_REQUIRED', message: 'Care is required', field: ['input', 'customFields', 'care'] },
      ],
    });
    const badEnum = applyCustomFieldValues(definitions, [{ key: 'care', value: 'Dry clean' }], null);
    expect(badEnum.ok ? [] : badEnum.problems).toEqual([
      {
        code: 'INVALID_CUSTOM_FIELD_VALUE',
        message: 'Care must be one of Machine wash, Hand wash',
        field: ['input', 'customFields', 'care'],
      },
    ]);
  });

  it('on update: merges into what is stored, null removes, a required field cannot be removed', () => {
    const current = { care: 'Hand wash', material: 'Wool' };
    expect(applyCustomFieldValues(definitions, [{ key: 'material', value: null }], current)).toEqual({
      ok: true,
      values: { care: 'Hand wash' },
    });
    const removed = applyCustomFieldValues(definitions, [{ key: 'care', value: '' }], current);
    expect(removed.ok ? [] : removed.problems.map((problem) => problem.code)).toEqual(['CUSTOM_FIELD_REQUIRED']);
  });

  it('storefront callers see only STOREFRONT fields; a missing value falls back to the default', () => {
    const values = { material: 'Cotton', care: 'Hand wash' };
    expect(customFieldList(definitions, values, false)).toEqual([{ definition: material, value: 'Cotton' }]);
    expect(customFieldList(definitions, values, true).map((field) => field.value)).toEqual([
      'Cotton',
      'Hand wash',
      false,
    ]);
  });
});
