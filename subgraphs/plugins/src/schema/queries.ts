import { byIdQuery, CURSOR_KEYS, connectionType, localUuid, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import { hookInstallations } from '../data/hooks.ts';
import { installationById, listInstallations } from '../data/installations.ts';
import { kvGet } from '../data/kv.ts';
import { listPlugins, pluginById } from '../data/plugins.ts';
import { dbOf, InstallationRef, PluginRef, read, runner } from './types.ts';

const PluginConnection = connectionType(builder, 'Plugin', PluginRef);

builder.queryField('plugins', (t) =>
  t.connection(
    {
      type: PluginRef,
      description: "The tenant's uploaded plugins, newest first",
      authScopes: read,
      resolve: (_root, args, context) => listPlugins(dbOf(context), pageOf(args, CURSOR_KEYS.instant)),
    },
    PluginConnection,
  ),
);

byIdQuery(builder, 'plugin', {
  type: PluginRef,
  typeName: 'Plugin',
  authScopes: read,
  load: (context, id) => pluginById(dbOf(context), id),
});

byIdQuery(builder, 'pluginInstallation', {
  type: InstallationRef,
  typeName: 'PluginInstallation',
  authScopes: read,
  load: (context, id) => installationById(dbOf(context), id),
});

builder.queryField('pluginInstallations', (t) =>
  t.field({
    type: [InstallationRef],
    description: "The tenant's installed plugins, newest first",
    authScopes: read,
    resolve: (_root, _args, context) => listInstallations(dbOf(context)),
  }),
);

const HookInstallationRef = builder
  .objectRef<Awaited<ReturnType<typeof hookInstallations>>[number]>('PluginHookInstallation')
  .implement({
    description: 'What a hook runner needs to call one enabled installation (internal: service tokens only)',
    fields: (t) => ({
      installationId: t.exposeID('installationId', { description: 'A local uuid' }),
      pluginName: t.exposeString('pluginName'),
      version: t.exposeString('version'),
      code: t.exposeString('code'),
      config: t.string({ description: 'JSON', resolve: (row) => JSON.stringify(row.config) }),
      failurePolicy: t.exposeString('failurePolicy'),
      timeoutMs: t.exposeInt('timeoutMs'),
      capabilities: t.exposeStringList('capabilities'),
      allowedHosts: t.exposeStringList('allowedHosts'),
    }),
  });

builder.queryField('pluginHookInstallations', (t) =>
  t.field({
    type: [HookInstallationRef],
    description: "The tenant's enabled installations of a hook point, in the order they run (service tokens only)",
    authScopes: runner,
    args: { hook: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => hookInstallations(dbOf(context), args.hook),
  }),
);

builder.queryField('pluginKvGet', (t) =>
  t.string({
    nullable: true,
    description: "A plugin's `kv` capability: the value of a key of its installation (service tokens only)",
    authScopes: runner,
    args: { installationId: t.arg.id({ required: true }), key: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => kvGet(dbOf(context), localUuidOrRaw(args.installationId), args.key),
  }),
);

/** The runners hold local uuids (from pluginHookInstallations); a global id is accepted too. */
export function localUuidOrRaw(id: string): string {
  return /^[0-9a-f-]{36}$/i.test(id) ? id : localUuid(id, 'PluginInstallation', ['installationId']);
}
