'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../../generated/gql.ts';
import { mutate } from '../../../../lib/gateway.ts';
import { pickedTier } from '../../../../lib/rate-limit-tier.ts';

const HERE = '/settings/apps';
const done = (path: string, message: string, secret?: string): FormState => {
  revalidatePath(path);
  return { ok: true, message, ...(secret ? { secret } : {}) };
};

const Register = graphql(`
  mutation SettingsApps_Register($input: AppRegisterInput!) {
    appRegister(input: $input) {
      app {
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

/** Grace periods are typed in hours: a day is the default, the API counts seconds. */
const graceSeconds = (form: FormData) => {
  const hours = integer(form, 'graceHours');
  return hours === null ? null : hours * 3600;
};

export async function registerApp(_: FormState, form: FormData): Promise<FormState> {
  const kind = text(form, 'kind') === 'PARTNER' ? ('PARTNER' as const) : ('STOREFRONT' as const);
  const input = {
    kind,
    name: text(form, 'name'),
    graceSeconds: graceSeconds(form),
    rateLimitTier: pickedTier(form),
  };
  const { appRegister } = await mutate(Register, { input }, HERE);
  if (appRegister.errors.length) return { errors: fieldErrors(appRegister.errors) };
  return done(HERE, `App “${input.name}” registered.`);
}

const Update = graphql(`
  mutation SettingsApps_Update($input: AppUpdateInput!) {
    appUpdate(input: $input) {
      app {
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

export async function updateApp(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const input = { id, name: text(form, 'name') || null, graceSeconds: graceSeconds(form) };
  const { appUpdate } = await mutate(Update, { input }, `${HERE}/${id}`);
  if (appUpdate.errors.length) return { errors: fieldErrors(appUpdate.errors) };
  return done(`${HERE}/${id}`, 'App saved.');
}

const TierSet = graphql(`
  mutation SettingsApps_TierSet($input: AppRateLimitTierSetInput!) {
    appRateLimitTierSet(input: $input) {
      app {
        id
        rateLimitTier
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Sets the app's tier, or ("follow") clears it: its keys without their own get the default. */
export async function setAppTier(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const tier = pickedTier(form);
  const { appRateLimitTierSet } = await mutate(TierSet, { input: { id, tier } }, `${HERE}/${id}`);
  if (appRateLimitTierSet.errors.length) return { errors: fieldErrors(appRateLimitTierSet.errors) };
  return done(
    `${HERE}/${id}`,
    tier
      ? `Rate-limit tier set to ${tier.toLowerCase()} for every key of the app without its own.`
      : 'Rate-limit tier cleared: keys of the app without their own get the default (standard).',
  );
}

const Archive = graphql(`
  mutation SettingsApps_Archive($input: AppArchiveInput!) {
    appArchive(input: $input) {
      revokedKeys
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function archiveApp(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const { appArchive } = await mutate(Archive, { input: { id } }, `${HERE}/${id}`);
  if (appArchive.errors.length) return { errors: fieldErrors(appArchive.errors) };
  return done(`${HERE}/${id}`, `App archived; ${appArchive.revokedKeys ?? 0} key(s) revoked.`);
}

const StorefrontKey = graphql(`
  mutation SettingsApps_StorefrontKey($input: StorefrontKeyCreateInput!) {
    storefrontKeyCreate(input: $input) {
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

const SecretKey = graphql(`
  mutation SettingsApps_SecretKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function createAppKey(_: FormState, form: FormData): Promise<FormState> {
  const appId = text(form, 'appId');
  const name = text(form, 'name');
  const back = `${HERE}/${appId}`;
  // no tier of its own ("follow"): the key gets the app's, and any later change of it
  const rateLimitTier = pickedTier(form);
  const tier = rateLimitTier ? { rateLimitTier } : {};
  if (text(form, 'kind') === 'PUBLISHABLE_KEY') {
    const { storefrontKeyCreate } = await mutate(StorefrontKey, { input: { appId, name, ...tier } }, back);
    if (storefrontKeyCreate.errors.length || !storefrontKeyCreate.secret) {
      return { errors: fieldErrors(storefrontKeyCreate.errors) };
    }
    return done(back, `Publishable key “${name}” created.`, storefrontKeyCreate.secret);
  }
  const scopes = text(form, 'scopes')
    .split(/[\s,]+/)
    .filter(Boolean);
  const { apiKeyCreate } = await mutate(SecretKey, { input: { appId, name, scopes, ...tier } }, back);
  if (apiKeyCreate.errors.length || !apiKeyCreate.secret) return { errors: fieldErrors(apiKeyCreate.errors) };
  return done(back, `Secret key “${name}” created.`, apiKeyCreate.secret);
}

const Publish = graphql(`
  mutation SettingsApps_Publish($input: AppDocumentsPublishInput!) {
    appDocumentsPublish(input: $input) {
      version {
        version
        documentCount
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export interface PublishState {
  ok?: boolean;
  message?: string;
  /** every problem of every document, as the API listed them */
  problems?: string[];
}

/** Publishes an uploaded persisted-documents manifest (what the codegen client preset writes). */
export async function publishManifest(_: PublishState, form: FormData): Promise<PublishState> {
  const appId = text(form, 'appId');
  const file = form.get('manifest');
  if (!(file instanceof File) || file.size === 0) return { problems: ['Choose a persisted-documents.json file.'] };
  let manifest: unknown;
  try {
    manifest = JSON.parse(await file.text());
  } catch {
    return { problems: ['The file is not JSON: upload the persisted-documents.json of a codegen build.'] };
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return { problems: ['The manifest is an object of { "sha256:<hash>": "<document>" }.'] };
  }
  const entries = Object.entries(manifest).map(([hash, document]) => ({ hash, document: String(document) }));
  const back = `${HERE}/${appId}`;
  const { appDocumentsPublish } = await mutate(Publish, { input: { appId, manifest: entries } }, back);
  if (!appDocumentsPublish.version) {
    return { problems: appDocumentsPublish.errors.map((error) => `${error.field?.[2] ?? ''} ${error.message}`.trim()) };
  }
  revalidatePath(back);
  const { version, documentCount } = appDocumentsPublish.version;
  return { ok: true, message: `Version ${version} published (${documentCount} documents): it is current now.` };
}
