'use server';
import { type FormState, text } from '@ucos/ui/form';
import { graphql } from '../../../../generated/gql.ts';
import { formResult } from '../../../../lib/form-result.ts';
import { mutate } from '../../../../lib/gateway.ts';
import { configFromForm } from './config-form.ts';

const LIST = '/settings/plugins';
const detail = (id: string) => `/settings/plugins/${encodeURIComponent(id)}`;

const Upload = graphql(`
  mutation Plugins_Upload($input: PluginUploadInput!) {
    pluginUpload(input: $input) {
      plugin {
        id
        name
      }
      version {
        version
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A new version of the plugin the manifest names; TypeScript is compiled by the platform. */
export async function uploadPlugin(_: FormState, form: FormData): Promise<FormState> {
  const input = {
    manifest: text(form, 'manifest'),
    source: text(form, 'source'),
    language: text(form, 'language') === 'JS' ? ('JS' as const) : ('TS' as const),
  };
  let uploaded = '';
  const state = await formResult(
    async () => {
      const { pluginUpload } = await mutate(Upload, { input }, LIST);
      uploaded = `${pluginUpload.plugin?.name ?? ''} ${pluginUpload.version?.version ?? ''}`;
      return pluginUpload.errors;
    },
    () => `Uploaded ${uploaded}.`,
    { revalidate: [LIST] },
  );
  return state.ok
    ? state
    : { ...state, values: { manifest: input.manifest, source: input.source, language: input.language } };
}

const Install = graphql(`
  mutation Plugins_Install($input: PluginInstallInput!) {
    pluginInstall(input: $input) {
      installation {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function installPlugin(_: FormState, form: FormData): Promise<FormState> {
  const pluginId = text(form, 'pluginId');
  return formResult(
    async () => (await mutate(Install, { input: { versionId: text(form, 'versionId') } }, LIST)).pluginInstall.errors,
    'Installed, disabled: configure it, then enable it.',
    { revalidate: [LIST, detail(pluginId)] },
  );
}

const Configure = graphql(`
  mutation Plugins_Configure($input: PluginConfigureInput!) {
    pluginConfigure(input: $input) {
      installation {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The form generated from the version's configSchema, back to the JSON the API checks. */
export async function configurePlugin(_: FormState, form: FormData): Promise<FormState> {
  const pluginId = text(form, 'pluginId');
  const config = configFromForm(JSON.parse(text(form, 'schema') || '{}'), form);
  const state = await formResult(
    async () =>
      (
        await mutate(
          Configure,
          { input: { installationId: text(form, 'installationId'), config: JSON.stringify(config) } },
          detail(pluginId),
        )
      ).pluginConfigure.errors,
    'Configuration saved.',
    { revalidate: [LIST, detail(pluginId)] },
  );
  if (state.ok) return state;
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (name.startsWith('config.')) values[name] = String(value);
  return { ...state, values };
}

const InstallationMutations = {
  enable: graphql(`
    mutation Plugins_Enable($input: PluginInstallationIdInput!) {
      pluginEnable(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  disable: graphql(`
    mutation Plugins_Disable($input: PluginInstallationIdInput!) {
      pluginDisable(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  rollback: graphql(`
    mutation Plugins_Rollback($input: PluginInstallationIdInput!) {
      pluginRollback(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  uninstall: graphql(`
    mutation Plugins_Uninstall($input: PluginInstallationIdInput!) {
      pluginUninstall(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
};

const Upgrade = graphql(`
  mutation Plugins_Upgrade($input: PluginUpgradeInput!) {
    pluginUpgrade(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const MESSAGES = {
  enable: 'Enabled: it runs at its hook points now.',
  disable: 'Disabled: it no longer runs.',
  rollback: 'Rolled back to the previous version.',
  uninstall: 'Uninstalled.',
  upgrade: 'Upgraded.',
} as const;

/** Enable, disable, roll back, uninstall, upgrade: one form per button, `action` says which. */
export async function installationAction(_: FormState, form: FormData): Promise<FormState> {
  const pluginId = text(form, 'pluginId');
  const installationId = text(form, 'installationId');
  const action = text(form, 'action');
  const here = detail(pluginId);
  const revalidate = { revalidate: [LIST, here] };
  if (action === 'upgrade') {
    return formResult(
      async () =>
        (await mutate(Upgrade, { input: { installationId, versionId: text(form, 'versionId') } }, here)).pluginUpgrade
          .errors,
      MESSAGES.upgrade,
      revalidate,
    );
  }
  const input = { installationId };
  const errorsOf = async () => {
    switch (action) {
      case 'enable':
        return (await mutate(InstallationMutations.enable, { input }, here)).pluginEnable.errors;
      case 'disable':
        return (await mutate(InstallationMutations.disable, { input }, here)).pluginDisable.errors;
      case 'rollback':
        return (await mutate(InstallationMutations.rollback, { input }, here)).pluginRollback.errors;
      case 'uninstall':
        return (await mutate(InstallationMutations.uninstall, { input }, here)).pluginUninstall.errors;
      default:
        return null;
    }
  };
  if (!(action in MESSAGES)) return { message: 'Unknown action.' };
  return formResult(async () => (await errorsOf()) ?? [], MESSAGES[action as keyof typeof MESSAGES], revalidate);
}
