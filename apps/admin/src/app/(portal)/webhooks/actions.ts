'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';

const LIST = '/webhooks';
const detail = (id: string) => `/webhooks/${encodeURIComponent(id)}`;

const done = (paths: string[], message: string, secret?: string | null): FormState => {
  for (const path of paths) revalidatePath(path);
  return { ok: true, message, ...(secret ? { secret } : {}) };
};

/** "orders.order.*, catalog.product.created" → the list the API checks one by one */
const eventTypesOf = (form: FormData) =>
  [...form.getAll('eventTypes').map(String), ...text(form, 'otherEventTypes').split(/[\s,]+/)]
    .map((type) => type.trim())
    .filter(Boolean);

const Create = graphql(`
  mutation Webhooks_Create($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      secret
      endpoint {
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

/** A new endpoint; its signing secret is shown once, in the form's answer. */
export async function createEndpoint(_: FormState, form: FormData): Promise<FormState> {
  const input = { url: text(form, 'url'), description: optional(form, 'description'), eventTypes: eventTypesOf(form) };
  const { webhookEndpointCreate } = await mutate(Create, { input }, LIST);
  if (webhookEndpointCreate.errors.length || !webhookEndpointCreate.secret) {
    return {
      errors: fieldErrors(webhookEndpointCreate.errors),
      values: { url: input.url, description: input.description ?? '', otherEventTypes: text(form, 'otherEventTypes') },
    };
  }
  return done([LIST], `Endpoint created for ${input.url}. Its signing secret:`, webhookEndpointCreate.secret);
}

const Rotate = graphql(`
  mutation Webhooks_Rotate($input: WebhookEndpointSecretRotateInput!) {
    webhookEndpointSecretRotate(input: $input) {
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function rotateSecret(_: FormState, form: FormData): Promise<FormState> {
  const endpointId = text(form, 'endpointId');
  const overlapHours = integer(form, 'overlapHours');
  if (overlapHours === null) return { errors: { overlapHours: 'A whole number of hours (0 to 168).' } };
  const { webhookEndpointSecretRotate } = await mutate(
    Rotate,
    { input: { endpointId, overlapHours } },
    detail(endpointId),
  );
  if (webhookEndpointSecretRotate.errors.length) return { errors: fieldErrors(webhookEndpointSecretRotate.errors) };
  return done(
    [detail(endpointId)],
    overlapHours > 0
      ? `New secret; the previous one keeps signing for ${overlapHours} h.`
      : 'New secret; the previous one no longer signs.',
    webhookEndpointSecretRotate.secret,
  );
}

const Enable = graphql(`
  mutation Webhooks_Enable($input: WebhookEndpointIdInput!) {
    webhookEndpointEnable(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const Disable = graphql(`
  mutation Webhooks_Disable($input: WebhookEndpointIdInput!) {
    webhookEndpointDisable(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const Test = graphql(`
  mutation Webhooks_Test($input: WebhookEndpointIdInput!) {
    webhookEndpointTest(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const Delete = graphql(`
  mutation Webhooks_Delete($input: WebhookEndpointIdInput!) {
    webhookEndpointDelete(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Enable, disable, send a test ping, delete: one form per button, `action` says which. */
export async function endpointAction(_: FormState, form: FormData): Promise<FormState> {
  const endpointId = text(form, 'endpointId');
  const input = { endpointId };
  const here = detail(endpointId);
  switch (text(form, 'action')) {
    case 'enable': {
      const { webhookEndpointEnable } = await mutate(Enable, { input }, here);
      if (webhookEndpointEnable.errors.length) return { errors: fieldErrors(webhookEndpointEnable.errors) };
      return done([here, LIST], 'Enabled: waiting deliveries go out now.');
    }
    case 'disable': {
      const { webhookEndpointDisable } = await mutate(Disable, { input }, here);
      if (webhookEndpointDisable.errors.length) return { errors: fieldErrors(webhookEndpointDisable.errors) };
      return done([here, LIST], 'Disabled: deliveries wait until it is enabled.');
    }
    case 'test': {
      const { webhookEndpointTest } = await mutate(Test, { input }, here);
      if (webhookEndpointTest.errors.length) return { errors: fieldErrors(webhookEndpointTest.errors) };
      return done([here], 'Test ping sent: it appears in the deliveries below in a moment.');
    }
    case 'delete': {
      const { webhookEndpointDelete } = await mutate(Delete, { input }, here);
      if (webhookEndpointDelete.errors.length) return { errors: fieldErrors(webhookEndpointDelete.errors) };
      return done([LIST], 'Endpoint deleted.');
    }
    default:
      return { message: 'Unknown action.' };
  }
}

const Redeliver = graphql(`
  mutation Webhooks_Redeliver($input: WebhookDeliveryRedeliverInput!) {
    webhookDeliveryRedeliver(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function redeliver(_: FormState, form: FormData): Promise<FormState> {
  const here = detail(text(form, 'endpointId'));
  const { webhookDeliveryRedeliver } = await mutate(
    Redeliver,
    { input: { deliveryId: text(form, 'deliveryId') } },
    here,
  );
  if (webhookDeliveryRedeliver.errors.length) return { errors: fieldErrors(webhookDeliveryRedeliver.errors) };
  return done([here], 'Redelivery queued.');
}
