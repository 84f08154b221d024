import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { EVENT_FILTER_PROPERTIES, type EventFilter } from './event-filter.ts';
import { HOOK_POINTS, type HookPoint, hookKind } from './hooks.ts';
import { type Problem, problemsOf } from './problems.ts';
import {
  parseUiSchema,
  UI_ACTION_NAME,
  UI_EXTENSION_POINTS,
  type UiExtensionPoint,
  uiActionReferences,
} from './ui-schema.ts';

export type Capability = 'kv' | 'http' | 'log';
export const CAPABILITIES: readonly Capability[] = ['kv', 'http', 'log'];

export type FailurePolicy = 'refuse' | 'allow';

export interface PluginHookDeclaration extends EventFilter {
  point: HookPoint;
  /** what the platform does when the plugin errors, times out or answers nonsense: refuse the operation, or let it through */
  failurePolicy: FailurePolicy;
  timeoutMs: number;
  /** `admin.action` only: the named actions admin buttons may run (`input.action` tells which) */
  actions?: PluginAdminAction[];
}

/** One action a member can run from an admin UI extension's button. */
export interface PluginAdminAction {
  /** lower case letters, digits and dashes, such as `recalculate-tier` */
  name: string;
  description?: string;
}

export const MAX_ADMIN_ACTIONS = 20;

export interface PluginManifest {
  name: string;
  version: string;
  description?: string;
  hooks: PluginHookDeclaration[];
  capabilities: Capability[];
  /** hosts (`erp.example.com`, or `host:port`) the `http` capability may reach */
  allowedHosts?: string[];
  /** JSON Schema (draft-07) of the configuration a tenant gives the plugin */
  configSchema: Record<string, unknown>;
  /**
   * The admin UI extensions the plugin brings (a panel, a dashboard widget, a page): declarative UI
   * schemas the admin renders with its own components, created when the plugin is installed, replaced
   * when it is upgraded or rolled back, shown while it is enabled, gone when it is uninstalled.
   */
  uiExtensions?: PluginUiExtension[];
}

export interface PluginUiExtension {
  point: UiExtensionPoint;
  title: string;
  /** its place among the point's extensions (lower first; default 0) */
  position?: number;
  /** the UI schema (`@ucos/plugin-sdk/ui-schema`), checked for its point */
  schema: Record<string, unknown>;
}

export const MAX_PLUGIN_UI_EXTENSIONS = 10;

export type ManifestResult = { ok: true; manifest: PluginManifest } | { ok: false; problems: Problem[] };

export const MAX_HOOK_TIMEOUT_MS = 1000;
const MAX_CONFIG_SCHEMA_CHARS = 32_000;
// semver 2.0.0, as its specification writes it
const SEMVER =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$';

export const MANIFEST_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'version', 'hooks', 'capabilities', 'configSchema'],
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,62}$' },
    version: { type: 'string', pattern: SEMVER },
    description: { type: 'string', maxLength: 500 },
    hooks: {
      type: 'array',
      minItems: 1,
      maxItems: HOOK_POINTS.length,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['point', 'failurePolicy', 'timeoutMs'],
        properties: {
          point: { enum: [...HOOK_POINTS] },
          failurePolicy: { enum: ['refuse', 'allow'] },
          timeoutMs: { type: 'integer', minimum: 1, maximum: MAX_HOOK_TIMEOUT_MS },
          // event.action only (crossFieldProblems): which events it runs after
          ...EVENT_FILTER_PROPERTIES,
          // admin.action only (crossFieldProblems): the actions its buttons may run
          actions: {
            type: 'array',
            minItems: 1,
            maxItems: MAX_ADMIN_ACTIONS,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: { type: 'string', pattern: UI_ACTION_NAME.source },
                description: { type: 'string', maxLength: 500 },
              },
            },
          },
        },
      },
    },
    capabilities: { type: 'array', uniqueItems: true, items: { enum: [...CAPABILITIES] } },
    allowedHosts: {
      type: 'array',
      uniqueItems: true,
      maxItems: 20,
      items: {
        type: 'string',
        maxLength: 253,
        pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$',
      },
    },
    configSchema: { type: 'object' },
    uiExtensions: {
      type: 'array',
      maxItems: MAX_PLUGIN_UI_EXTENSIONS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['point', 'title', 'schema'],
        properties: {
          point: { enum: [...UI_EXTENSION_POINTS] },
          title: { type: 'string', minLength: 1, maxLength: 100 },
          position: { type: 'integer', minimum: -1000, maximum: 1000 },
          schema: { type: 'object' },
        },
      },
    },
  },
} as const;

// ajv-formats is CommonJS: under Node's ESM loader its default export is the plugin, under bundlers the namespace
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule.default;

// union types: a filter condition's `equals` is any JSON scalar
const manifestAjv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validateManifestShape = manifestAjv.compile(MANIFEST_JSON_SCHEMA);

// tenants' config schemas are data: unknown keywords are tolerated (titles, UI hints), formats are checked
const configAjv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
addFormats(configAjv);

const compiledConfigSchemas = new Map<string, ValidateFunction>();
const MAX_COMPILED_CONFIG_SCHEMAS = 500;

function compileConfigSchema(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  const cached = compiledConfigSchemas.get(key);
  if (cached) return cached;
  const validate = configAjv.compile(schema);
  // insertion order: the oldest compiled schema goes first when the cache is full
  if (compiledConfigSchemas.size >= MAX_COMPILED_CONFIG_SCHEMAS) {
    const oldest = compiledConfigSchemas.keys().next().value;
    if (oldest !== undefined) compiledConfigSchemas.delete(oldest);
  }
  compiledConfigSchemas.set(key, validate);
  return validate;
}

function configSchemaProblems(schema: Record<string, unknown>): Problem[] {
  if (JSON.stringify(schema).length > MAX_CONFIG_SCHEMA_CHARS) {
    return [{ path: 'configSchema', message: `must be at most ${MAX_CONFIG_SCHEMA_CHARS} characters of JSON` }];
  }
  if (schema.type !== 'object') return [{ path: 'configSchema.type', message: 'must be "object"' }];
  if (!configAjv.validateSchema(schema)) return problemsOf(configAjv.errors, 'configSchema');
  try {
    compileConfigSchema(schema);
    return [];
  } catch (error) {
    return [{ path: 'configSchema', message: error instanceof Error ? error.message : String(error) }];
  }
}

/** The rules JSON Schema cannot say: each hook once, `http` with hosts and only for action hooks. */
function crossFieldProblems(manifest: PluginManifest): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  manifest.hooks.forEach((hook, index) => {
    if (seen.has(hook.point))
      problems.push({ path: `hooks.${index}.point`, message: `${hook.point} is declared twice` });
    seen.add(hook.point);
    for (const key of ['events', 'where'] as const) {
      if (hook[key] !== undefined && hookKind(hook.point) !== 'action') {
        problems.push({ path: `hooks.${index}.${key}`, message: 'only an action hook (event.action) filters events' });
      }
    }
    if (hookKind(hook.point) === 'admin') {
      if (!hook.actions?.length) {
        problems.push({ path: `hooks.${index}.actions`, message: 'admin.action declares at least one action' });
      }
      const names = new Set<string>();
      (hook.actions ?? []).forEach((action, at) => {
        if (names.has(action.name)) {
          problems.push({ path: `hooks.${index}.actions.${at}.name`, message: `${action.name} is declared twice` });
        }
        names.add(action.name);
      });
    } else if (hook.actions !== undefined) {
      problems.push({ path: `hooks.${index}.actions`, message: 'only admin.action declares actions' });
    }
  });
  const actions = new Set(adminActionsOf(manifest).map((action) => action.name));
  const wantsHttp = manifest.capabilities.includes('http');
  if (wantsHttp && !(manifest.allowedHosts?.length ?? 0)) {
    problems.push({ path: 'allowedHosts', message: 'the http capability needs at least one allowed host' });
  }
  if (!wantsHttp && manifest.allowedHosts?.length) {
    problems.push({ path: 'allowedHosts', message: 'allowed hosts need the http capability' });
  }
  if (wantsHttp && !manifest.hooks.some((hook) => hookKind(hook.point) === 'action')) {
    problems.push({ path: 'capabilities', message: 'http is only available to action hooks (event.action)' });
  }
  // each UI extension's schema as the admin will read it: the same check a tenant's own extension gets
  (manifest.uiExtensions ?? []).forEach((extension, index) => {
    if (!extension.title.trim()) problems.push({ path: `uiExtensions.${index}.title`, message: 'must not be blank' });
    const parsed = parseUiSchema(extension.point, JSON.stringify(extension.schema));
    if (parsed.ok) {
      // a declared extension's buttons run this plugin's own declared actions only
      for (const reference of uiActionReferences(parsed.schema)) {
        const at = ['uiExtensions', index, 'schema', ...reference.path, 'action'].join('.');
        if (reference.plugin !== undefined && reference.plugin !== manifest.name) {
          problems.push({
            path: `${at}.plugin`,
            message: `a plugin's extension runs its own actions (${manifest.name})`,
          });
        } else if (!actions.has(reference.name)) {
          problems.push({
            path: `${at}.name`,
            message: actions.size
              ? `is not an action of admin.action (${[...actions].join(', ')})`
              : "declare it in the admin.action hook's actions first",
          });
        }
      }
      return;
    }
    for (const problem of parsed.problems) {
      problems.push({ path: ['uiExtensions', index, 'schema', ...problem.path].join('.'), message: problem.message });
    }
  });
  return problems;
}

/** Checks a manifest (parsed JSON) and reports every problem with its path, or gives the typed manifest. */
export function parseManifest(json: unknown): ManifestResult {
  if (!validateManifestShape(json)) return { ok: false, problems: problemsOf(validateManifestShape.errors) };
  const manifest = json as unknown as PluginManifest;
  const problems = [...crossFieldProblems(manifest), ...configSchemaProblems(manifest.configSchema)];
  return problems.length ? { ok: false, problems } : { ok: true, manifest };
}

/** Problems of a tenant's configuration against the manifest's `configSchema`; none means valid. */
export function validateConfig(manifest: Pick<PluginManifest, 'configSchema'>, config: unknown): Problem[] {
  let validate: ValidateFunction;
  try {
    validate = compileConfigSchema(manifest.configSchema);
  } catch (error) {
    return [{ path: '', message: `the plugin's config schema is invalid: ${(error as Error).message}` }];
  }
  return validate(config) ? [] : problemsOf(validate.errors);
}

/** The admin actions a manifest declares (its `admin.action` hook's `actions`), none without that hook. */
export function adminActionsOf(manifest: Pick<PluginManifest, 'hooks'>): PluginAdminAction[] {
  return manifest.hooks.find((hook) => hook.point === 'admin.action')?.actions ?? [];
}

/** The declaration of one hook point in a manifest, if the plugin implements it. */
export function hookDeclaration(manifest: PluginManifest, point: HookPoint): PluginHookDeclaration | undefined {
  return manifest.hooks.find((hook) => hook.point === point);
}
