import type { InputObjectRef } from '@pothos/core';
import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  maxLength,
  pageOf,
  payloadError,
  payloadType,
  toPayload,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import type { WorkflowsContext } from '../context.ts';
import {
  createDefinition,
  createFromTemplate,
  type DefinitionErrorCode,
  type DefinitionResult,
  type DefinitionRow,
  definitionById,
  listDefinitions,
  listVersions,
  problemErrors,
  type SaveResult,
  setEnabled,
  updateDefinition,
  type VersionRow,
  versionOf,
} from '../data/definitions.ts';
import { type DryRunStep, dryRun } from '../definitions/dry-run.ts';
import { WORKFLOW_JSON_SCHEMA_TEXT } from '../definitions/json-schema.ts';
import type { WorkflowDocument } from '../definitions/model.ts';
import { type DefinitionProblem, MAX_SOURCE_LENGTH, parseDefinition, triggerSummary } from '../definitions/parse.ts';
import {
  renderTemplate,
  type TemplateParameter,
  WORKFLOW_TEMPLATES,
  type WorkflowTemplate,
} from '../templates/index.ts';
import { dbOf, manage } from './access.ts';

const actorOf = (context: WorkflowsContext) => context.auth.subject ?? null;

builder.queryField('workflowJsonSchema', (t) =>
  t.string({
    description: 'The JSON Schema (draft 2020-12, as JSON text) every workflow document is validated against',
    authScopes: manage,
    resolve: () => WORKFLOW_JSON_SCHEMA_TEXT,
  }),
);

const ProblemRef = builder.objectRef<DefinitionProblem>('WorkflowProblem').implement({
  description: 'One problem of a workflow document: YAML syntax, the JSON Schema, or what the schema cannot say',
  fields: (t) => ({
    message: t.exposeString('message'),
    path: t.exposeString('path', {
      description: 'Where in the document: steps[1].approval.scope (empty: the document)',
    }),
    line: t.exposeInt('line', { description: '1-based line in the source' }),
    column: t.exposeInt('column', { description: '1-based column in the source' }),
  }),
});

const VersionRef = builder.objectRef<VersionRow>('WorkflowVersion').implement({
  description: 'One saved version of a workflow: immutable; a run is pinned to the version it started with',
  fields: (t) => ({
    number: t.exposeInt('version'),
    source: t.exposeString('source', { description: 'The YAML as saved, byte for byte' }),
    document: t.string({
      description: 'The validated document the engine runs, as JSON text',
      resolve: (row) => JSON.stringify(row.document),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'The subject who saved it' }),
  }),
});
const VersionConnection = connectionType(builder, 'WorkflowVersion', VersionRef);

const TriggerKindEnum = builder.enumType('WorkflowTriggerKind', {
  values: { EVENT: { value: 'event' }, SCHEDULE: { value: 'schedule' }, MANUAL: { value: 'manual' } } as const,
});

const latestDocument = async (context: WorkflowsContext, row: DefinitionRow) =>
  (await versionOf(dbOf(context), row.id, row.latestVersion))?.document ?? null;

const WorkflowRef = builder.objectRef<DefinitionRow>('Workflow').implement({
  description: "A tenant's workflow: its versions of YAML, the latest of which runs when enabled",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Workflow', row.id) }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    enabled: t.exposeBoolean('enabled'),
    triggerKind: t.field({ type: TriggerKindEnum, resolve: (row) => row.triggerKind }),
    triggerEvent: t.exposeString('triggerEvent', { nullable: true }),
    trigger: t.string({
      description: 'The latest version’s trigger in one line: orders.order.created where …, schedule 0 8 * * *, manual',
      resolve: async (row, _args, context) => {
        const document = await latestDocument(context, row);
        return document ? triggerSummary(document).text : row.triggerKind;
      },
    }),
    latestVersion: t.exposeInt('latestVersion'),
    template: t.exposeString('template', { nullable: true, description: 'The built-in template it was created from' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    current: t.field({
      type: VersionRef,
      nullable: true,
      description: 'The latest version',
      resolve: (row, _args, context) => versionOf(dbOf(context), row.id, row.latestVersion),
    }),
    version: t.field({
      type: VersionRef,
      nullable: true,
      args: { number: t.arg.int({ required: true }) },
      resolve: (row, { number }, context) => versionOf(dbOf(context), row.id, number),
    }),
    versions: t.connection(
      {
        type: VersionRef,
        description: 'Newest first',
        resolve: (row, args, context) => listVersions(dbOf(context), row.id, pageOf(args, CURSOR_KEYS.position)),
      },
      VersionConnection,
    ),
  }),
});
const WorkflowConnection = connectionType(builder, 'Workflow', WorkflowRef);

builder.queryField('workflows', (t) =>
  t.connection(
    {
      type: WorkflowRef,
      description: "The tenant's workflows, by name",
      authScopes: manage,
      resolve: (_root, args, context) => listDefinitions(dbOf(context), pageOf(args, CURSOR_KEYS.code)),
    },
    WorkflowConnection,
  ),
);

byIdQuery(builder, 'workflow', {
  type: WorkflowRef,
  typeName: 'Workflow',
  authScopes: manage,
  load: (context, id) => definitionById(dbOf(context), id),
});

const TemplateParameterRef = builder.objectRef<TemplateParameter>('WorkflowTemplateParameter').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    description: t.exposeString('description'),
    default: t.exposeString('default'),
  }),
});

const TemplateRef = builder.objectRef<WorkflowTemplate>('WorkflowTemplate').implement({
  description: 'A built-in workflow a tenant creates its own editable copy of',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    parameters: t.field({ type: [TemplateParameterRef], resolve: (template) => template.parameters }),
    source: t.string({
      description: 'Its YAML with the default parameters',
      resolve: (template) => {
        const rendered = renderTemplate(template);
        return rendered.ok ? rendered.source : template.raw;
      },
    }),
  }),
});

builder.queryField('workflowTemplates', (t) =>
  t.field({ type: [TemplateRef], authScopes: manage, resolve: () => [...WORKFLOW_TEMPLATES] }),
);

// mutations

const sourceField = () =>
  ({ required: true, ...maxLength(MAX_SOURCE_LENGTH, 'The workflow document in YAML') }) as const;

/**
 * The mutations that save a version: they answer with the workflow and its new version, or with the
 * errors and, for a document the caller sent (`source`), its problems with their line and column.
 */
function saveMutation<Input>(
  field: string,
  spec: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    codes: readonly DefinitionErrorCode[];
    description: string;
    save(context: WorkflowsContext, input: Input): Promise<DefinitionResult<SaveResult>> | DefinitionResult<SaveResult>;
    source?(input: Input): string;
  },
) {
  const payload = payloadType(builder, field.charAt(0).toUpperCase() + field.slice(1), {
    codes: spec.codes,
    fields: (t) => ({
      workflow: t.field({ type: WorkflowRef, nullable: true, resolve: (payload) => payload.workflow ?? null }),
      version: t.field({ type: VersionRef, nullable: true, resolve: (payload) => payload.version ?? null }),
      problems: t.field({
        type: [ProblemRef],
        description: 'With INVALID_WORKFLOW: every problem with its line and column',
        resolve: (payload) => payload.problems ?? [],
      }),
    }),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: payload,
      description: spec.description,
      authScopes: manage,
      args: { input: t.arg({ type: spec.input, required: true }) },
      resolve: async (_root, args, context) => {
        const input = (args as { input: Input }).input;
        const result = await spec.save(context, input);
        const parsed = result.ok || !spec.source ? null : parseDefinition(spec.source(input));
        return {
          ...toPayload(result, (saved) => ({ workflow: saved.definition, version: saved.version })),
          problems: parsed && !parsed.ok ? parsed.errors : [],
        };
      },
    }),
  );
}

const WorkflowCreateInput = builder.inputType('WorkflowCreateInput', {
  fields: (t) => ({ source: t.string(sourceField()) }),
});

saveMutation('workflowCreate', {
  input: WorkflowCreateInput,
  codes: ['INVALID_WORKFLOW', 'NAME_TAKEN'],
  description: 'A new workflow from its YAML: version 1, disabled until workflowEnable',
  save: (context, input) => createDefinition(dbOf(context), actorOf(context), input.source),
  source: (input) => input.source,
});

const WorkflowUpdateInput = builder.inputType('WorkflowUpdateInput', {
  fields: (t) => ({ id: t.id({ required: true }), source: t.string(sourceField()) }),
});

saveMutation('workflowUpdate', {
  input: WorkflowUpdateInput,
  codes: ['INVALID_WORKFLOW', 'NAME_IMMUTABLE', 'NOT_FOUND'],
  description: 'Saves a new version (runs already started keep theirs); the name cannot change',
  save: (context, input) =>
    updateDefinition(dbOf(context), actorOf(context), localUuid(input.id, 'Workflow', ['input', 'id']), input.source),
  source: (input) => input.source,
});

const TemplateParameterInput = builder.inputType('WorkflowTemplateParameterInput', {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});
const WorkflowCreateFromTemplateInput = builder.inputType('WorkflowCreateFromTemplateInput', {
  fields: (t) => ({
    template: t.string({ required: true, description: 'A WorkflowTemplate key' }),
    parameters: t.field({ type: [TemplateParameterInput], description: 'Values for its parameters; the rest default' }),
  }),
});

saveMutation('workflowCreateFromTemplate', {
  input: WorkflowCreateFromTemplateInput,
  codes: ['INVALID_PARAMETER', 'INVALID_WORKFLOW', 'NAME_TAKEN', 'UNKNOWN_TEMPLATE'],
  description: "The tenant's own copy of a built-in template (disabled): edit it, then enable it",
  save: (context, input) => {
    const parameters = Object.fromEntries((input.parameters ?? []).map((item) => [item.key, item.value]));
    return createFromTemplate(dbOf(context), actorOf(context), input.template, parameters);
  },
});

const WorkflowIdInput = builder.inputType('WorkflowIdInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

for (const [name, enabled, description] of [
  ['workflowEnable', true, 'Starts runs on its trigger (the latest version)'],
  ['workflowDisable', false, 'Starts no new runs; runs under way go on'],
] as const) {
  inputMutation(builder, name, {
    input: WorkflowIdInput,
    payload: { codes: ['NOT_FOUND'] as DefinitionErrorCode[], field: 'workflow', type: WorkflowRef },
    authScopes: manage,
    description,
    run: (context, input) => setEnabled(dbOf(context), localUuid(input.id, 'Workflow', ['input', 'id']), enabled),
    fields: (workflow) => ({ workflow }),
  });
}

const WorkflowValidateInput = builder.inputType('WorkflowValidateInput', {
  fields: (t) => ({ source: t.string(sourceField()) }),
});
const WorkflowValidatePayload = payloadType(builder, 'WorkflowValidate', {
  codes: ['INVALID_WORKFLOW'] as DefinitionErrorCode[],
  description: 'Nothing is saved',
  fields: (t) => ({
    valid: t.boolean({ resolve: (payload) => payload.errors.length === 0 }),
    problems: t.field({ type: [ProblemRef], resolve: (payload) => payload.problems ?? [] }),
  }),
});

builder.mutationField('workflowValidate', (t) =>
  t.field({
    type: WorkflowValidatePayload,
    description: 'Checks a document (YAML, the JSON Schema, expressions, scopes, cron) without saving it',
    authScopes: manage,
    args: { input: t.arg({ type: WorkflowValidateInput, required: true }) },
    resolve: (_root, { input }) => {
      const parsed = parseDefinition(input.source);
      return parsed.ok
        ? { errors: [], problems: [] }
        : { errors: problemErrors(parsed.errors), problems: parsed.errors };
    },
  }),
);

const OutcomeEnum = builder.enumType('WorkflowDryRunOutcome', {
  values: {
    WOULD_RUN: { value: 'would_run', description: 'The step would run (side effects are only described)' },
    SKIPPED: { value: 'skipped', description: 'Its when is false' },
    BRANCH: { value: 'branch', description: 'A condition: see branch' },
    ERROR: { value: 'error', description: 'An expression failed on this event: see detail' },
  } as const,
});

const DryRunStepRef = builder.objectRef<DryRunStep>('WorkflowDryRunStep').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    kind: t.exposeString('kind'),
    path: t.exposeString('path'),
    outcome: t.field({ type: OutcomeEnum, resolve: (step) => step.outcome }),
    branch: t.exposeString('branch', { nullable: true, description: 'then or else, for a condition' }),
    input: t.string({
      description: 'The step’s input, templates resolved with the sample event (JSON text)',
      resolve: (step) => JSON.stringify(step.input ?? null),
    }),
    detail: t.exposeString('detail', { nullable: true }),
  }),
});

const dryRunError = (code: DefinitionErrorCode, message: string, field: string[]) => ({
  errors: [payloadError<DefinitionErrorCode>(code, message, field)],
});

const WorkflowDryRunInput = builder.inputType('WorkflowDryRunInput', {
  fields: (t) => ({
    id: t.id({ description: 'A saved workflow (its latest version, or `version`)…' }),
    version: t.int(),
    source: t.string({ ...maxLength(MAX_SOURCE_LENGTH, '…or a document in YAML, saved or not') }),
    event: t.string({
      required: true,
      ...maxLength(100_000, 'A sample event as JSON text: an envelope { type, payload } or just its payload'),
    }),
  }),
});
const WorkflowDryRunPayload = payloadType(builder, 'WorkflowDryRun', {
  codes: ['INVALID_EVENT', 'INVALID_WORKFLOW', 'NOT_FOUND'] as DefinitionErrorCode[],
  description: 'Nothing is run, sent or saved',
  fields: (t) => ({
    matched: t.boolean({
      nullable: true,
      description: 'Whether the trigger (type and filter) matches',
      resolve: (payload) => payload.matched ?? null,
    }),
    reason: t.string({ nullable: true, resolve: (payload) => payload.reason ?? null }),
    steps: t.field({ type: [DryRunStepRef], resolve: (payload) => payload.steps ?? [] }),
    problems: t.field({ type: [ProblemRef], resolve: (payload) => payload.problems ?? [] }),
  }),
});

builder.mutationField('workflowDryRun', (t) =>
  t.field({
    type: WorkflowDryRunPayload,
    description:
      'What a run would do with a sample event: the filter, when, conditions and set are evaluated, side-effect steps described with their resolved inputs. No side effect.',
    authScopes: manage,
    args: { input: t.arg({ type: WorkflowDryRunInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      let sample: unknown;
      try {
        sample = JSON.parse(input.event);
      } catch (error) {
        return dryRunError('INVALID_EVENT', `The event is not JSON: ${(error as Error).message}`, ['input', 'event']);
      }
      let document: WorkflowDocument;
      if (input.source) {
        const parsed = parseDefinition(input.source);
        if (!parsed.ok) return { errors: problemErrors(parsed.errors), problems: parsed.errors };
        document = parsed.document;
      } else if (input.id) {
        const db = dbOf(context);
        const id = localUuid(input.id, 'Workflow', ['input', 'id']);
        const definition = await definitionById(db, id);
        const version = definition ? await versionOf(db, id, input.version ?? definition.latestVersion) : null;
        if (!version) return dryRunError('NOT_FOUND', 'No such workflow or version', ['input', 'id']);
        document = version.document;
      } else {
        return dryRunError('NOT_FOUND', 'Give the id of a workflow or a source', ['input', 'id']);
      }
      const tenantId = context.auth.tenantId ?? '';
      return { errors: [], ...(await dryRun(document, sample, { tenantId })) };
    },
  }),
);
