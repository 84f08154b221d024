import SchemaBuilder from '@pothos/core';
import { execute, type GraphQLSchema, getNamedType, isEnumType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { anonymous } from '../src/auth-context.ts';
import type { KitContext } from '../src/context.ts';
import { type KitSchemaTypes, kitBuilderOptions } from '../src/graphql/builder.ts';
import { payloadType } from '../src/graphql/payload.ts';
import { rules } from '../src/index.ts';

describe('shared input rules', () => {
  const valid = (rule: rules.Rule<unknown>, value: unknown) => rules.problemsOf(rule, value, ['input']).length === 0;

  it('email: one rule for staff, shoppers and order customers', () => {
    for (const ok of ['ada@example.com', 'a.b+tag@shop.example.co.uk', "o'brien@example.ie"]) {
      expect(valid(rules.email, ok), ok).toBe(true);
    }
    for (const bad of ['ada', 'ada@', '@example.com', 'ada@localhost', 'a b@example.com', `${'a'.repeat(250)}@x.io`]) {
      expect(valid(rules.email, bad), bad).toBe(false);
    }
    expect(rules.problemsOf(rules.email, 'nope', ['input', 'email'])).toEqual([
      { code: 'INVALID_EMAIL', field: ['input', 'email'], message: 'Enter a valid email address' },
    ]);
  });

  it('handle: lower-case groups with single dashes, within its bounds', () => {
    const handle = rules.handle();
    expect(valid(handle, 'summer-tee-2026')).toBe(true);
    for (const bad of ['Summer', 'a--b', '-a', 'a-', 'a b', '', 'ä']) expect(valid(handle, bad), bad).toBe(false);
    const slug = rules.handle({ min: 3, max: 48, code: 'INVALID_SLUG' });
    expect(valid(slug, 'ab')).toBe(false);
    expect(valid(slug, 'a'.repeat(49))).toBe(false);
    expect(rules.problemsOf(slug, 'ab', ['input', 'slug'])[0]?.code).toBe('INVALID_SLUG');
  });

  it('currency: exact ISO 4217 codes only', () => {
    expect(valid(rules.currency, 'EUR')).toBe(true);
    expect(valid(rules.currency, 'JPY')).toBe(true);
    for (const bad of ['eur', 'ZZZ', 'EURO', '']) expect(valid(rules.currency, bad), bad).toBe(false);
    expect(rules.problemsOf(rules.currency, 'eur', ['c'])[0]?.code).toBe('INVALID_CURRENCY');
  });

  it('text: required text is not blank and respects its cap', () => {
    const title = rules.text({ max: 5 });
    expect(valid(title, 'Shirt')).toBe(true);
    expect(valid(title, '   ')).toBe(false);
    expect(valid(title, 'Shirts')).toBe(false);
    expect(valid(rules.text({ max: 5, required: false }), '')).toBe(true);
  });

  it('quantity, amount and SKU bounds', () => {
    const quantity = rules.quantity({ max: 10_000 });
    expect(valid(quantity, 1)).toBe(true);
    for (const bad of [0, -1, 1.5, 10_001]) expect(valid(quantity, bad), String(bad)).toBe(false);
    expect(rules.problemsOf(quantity, 0, ['q'])[0]?.code).toBe('INVALID_QUANTITY');
    expect(valid(rules.unitAmount, 2_147_483_647)).toBe(true);
    expect(rules.problemsOf(rules.unitAmount, 2_147_483_648, ['a'])[0]?.code).toBe('INVALID_AMOUNT');
    expect(valid(rules.unitAmount, -1)).toBe(false);
    expect(valid(rules.sku, 'TEE-BLK/M_1.0')).toBe(true);
    expect(valid(rules.sku, '-TEE')).toBe(false);
  });

  it('null and undefined pass: whether a value is required is the GraphQL type’s business', () => {
    expect(valid(rules.email, null)).toBe(true);
    expect(valid(rules.email, undefined)).toBe(true);
  });
});

type Context = KitContext;

function testSchema(options: { declareEmailCode?: boolean; returnCode?: string } = {}): GraphQLSchema {
  const builder = new SchemaBuilder<KitSchemaTypes<Context>>(kitBuilderOptions<Context>());
  builder.queryType({
    fields: (t) => ({
      greet: t.string({
        args: { name: t.arg.string({ required: true, validate: rules.text({ max: 10 }) }) },
        resolve: (_root, { name }) => `hello ${name}`,
      }),
    }),
  });
  const Line = builder.inputType('LineInput', {
    fields: (t) => ({ quantity: t.int({ required: true, validate: rules.quantity({ max: 10 }) }) }),
  });
  const Input = builder.inputType('SignUpInput', {
    fields: (t) => ({
      email: t.string({ required: true, validate: rules.email }),
      handle: t.string({ validate: rules.handle() }),
      lines: t.field({ type: [Line] }),
    }),
  });
  const codes = [
    ...(options.declareEmailCode === false ? [] : ['INVALID_EMAIL']),
    'INVALID_HANDLE',
    'INVALID_QUANTITY',
    'EMAIL_TAKEN',
  ];
  const Payload = payloadType(builder, 'SignUp', {
    codes,
    failed: { accepted: false },
    fields: (t) => ({
      email: t.string({ nullable: true, resolve: (payload) => payload.email ?? null }),
      accepted: t.exposeBoolean('accepted'),
    }),
  });
  let calls = 0;
  builder.mutationType({
    fields: (t) => ({
      signUp: t.field({
        type: Payload,
        args: { input: t.arg({ type: Input, required: true }) },
        resolve: (_root, { input }) => {
          calls += 1;
          if (options.returnCode) {
            return { accepted: false, errors: [{ code: options.returnCode, field: null, message: 'no' }] };
          }
          return { email: input.email, accepted: true, errors: [] };
        },
      }),
      signUpAsUser: t.field({
        type: payloadType(builder, 'SignUpAsUser', { codes, field: 'email', type: 'String' }),
        authScopes: { user: true },
        args: { input: t.arg({ type: Input, required: true }) },
        resolve: (_root, { input }) => ({ email: input.email, errors: [] }),
      }),
      calls: t.int({ resolve: () => calls }),
    }),
  });
  return builder.toSchema();
}

const context = (): Context => ({
  auth: anonymous('test'),
  requestId: 'test',
  log: console as unknown as Context['log'],
  loaders: new Map() as unknown as Context['loaders'],
  auditTargets: new Map(),
});

async function run(schema: GraphQLSchema, source: string, variableValues?: Record<string, unknown>) {
  return JSON.parse(
    JSON.stringify(await execute({ schema, document: parse(source), contextValue: context(), variableValues })),
  );
}

describe('validation at the schema edge', () => {
  const SIGN_UP = /* GraphQL */ `
    mutation ($input: SignUpInput!) { signUp(input: $input) { email accepted errors { code field message } } calls }
  `;

  it('answers rule failures in the payload, every problem with its code and field path, before the resolver', async () => {
    const schema = testSchema();
    const result = await run(schema, SIGN_UP, {
      input: { email: 'nope', handle: 'Bad Handle', lines: [{ quantity: 1 }, { quantity: 11 }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.signUp.email).toBeNull();
    expect(result.data.signUp.accepted).toBe(false);
    expect(result.data.signUp.errors).toEqual(
      expect.arrayContaining([
        { code: 'INVALID_EMAIL', field: ['input', 'email'], message: 'Enter a valid email address' },
        expect.objectContaining({ code: 'INVALID_HANDLE', field: ['input', 'handle'] }),
        expect.objectContaining({ code: 'INVALID_QUANTITY', field: ['input', 'lines', '1', 'quantity'] }),
      ]),
    );
    expect(result.data.signUp.errors).toHaveLength(3);
    expect(result.data.calls).toBe(0);
    const handle = await run(schema, SIGN_UP, { input: { email: 'ada@example.com', handle: 'Bad Handle' } });
    expect(handle.data.signUp.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_HANDLE', field: ['input', 'handle'] }),
    ]);
  });

  it('runs the resolver when the input is valid', async () => {
    const result = await run(testSchema(), SIGN_UP, { input: { email: 'ada@example.com', lines: [{ quantity: 10 }] } });
    expect(result.data.signUp).toEqual({ email: 'ada@example.com', accepted: true, errors: [] });
    expect(result.data.calls).toBe(1);
  });

  it('checks authorization before validation', async () => {
    const result = await run(testSchema(), 'mutation { signUpAsUser(input: { email: "nope" }) { errors { code } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('outside a payload a rule failure is a BAD_USER_INPUT error with the argument path', async () => {
    const result = await run(testSchema(), '{ greet(name: "   ") }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['name'] });
  });

  it('publishes each mutation’s codes as its own enum', () => {
    const schema = testSchema();
    const payload = schema.getType('SignUpPayload');
    if (!isObjectType(payload)) throw new Error('SignUpPayload missing');
    const errorType = getNamedType(payload.getFields().errors!.type);
    if (!isObjectType(errorType)) throw new Error('SignUpError missing');
    expect(errorType.name).toBe('SignUpError');
    expect(Object.keys(errorType.getFields())).toEqual(['code', 'field', 'message']);
    const codeEnum = getNamedType(errorType.getFields().code!.type);
    expect(isEnumType(codeEnum) && codeEnum.name).toBe('SignUpErrorCode');
    if (!isEnumType(codeEnum)) return;
    expect(codeEnum.getValues().map((value) => value.name)).toEqual(
      expect.arrayContaining(['INVALID_EMAIL', 'INVALID_HANDLE', 'INVALID_QUANTITY', 'EMAIL_TAKEN']),
    );
    expect(codeEnum.getValues()).toHaveLength(4);
  });

  it('refuses to build a payload that does not declare the code of a rule on its input', () => {
    expect(() => testSchema({ declareEmailCode: false })).toThrow(
      /SignUpPayload must declare INVALID_EMAIL: the input rule on signUp\.input\.email returns it/,
    );
  });

  it('a resolver cannot return a code its payload does not declare', async () => {
    const result = await run(testSchema({ returnCode: 'CART_EMPTY' }), SIGN_UP, {
      input: { email: 'ada@example.com' },
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(
      /SignUpPayload returned the error code CART_EMPTY, which it does not declare/,
    );
  });
});
