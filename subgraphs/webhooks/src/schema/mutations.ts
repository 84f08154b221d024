import type { InputObjectRef } from '@pothos/core';
import { type CustomPayload, inputMutation, localUuid, ok, rules } from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { WebhooksContext } from '../context.ts';
import { redeliver } from '../data/deliveries.ts';
import {
  createEndpoint,
  deleteEndpoint,
  type EndpointRow,
  MAX_OVERLAP_HOURS,
  pingEndpoint,
  rotateSecret,
  setEnabled,
  updateEndpoint,
} from '../data/endpoints.ts';
import type { WebhooksErrorCode, WebhooksResult } from '../data/errors.ts';
import { dbOf, manage, WebhookDeliveryRef, WebhookEndpointRef } from './types.ts';

const urlRule = rules.rule(
  z.string().trim().min(1, 'Must not be blank').max(2048, 'Must be at most 2048 characters'),
  'INVALID_URL',
);
const descriptionRule = rules.text({ max: 1000, required: false });
const overlapRule = rules.rule(
  z.number().int().min(0).max(MAX_OVERLAP_HOURS, `At most ${MAX_OVERLAP_HOURS} hours`),
  'INVALID_INPUT',
);

const endpointId = (id: string) => localUuid(id, 'WebhookEndpoint', ['input', 'endpointId']);

/** The mutations that act on one endpoint: they answer with it, changed. */
function endpointMutation<Input>(
  field: string,
  spec: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    codes: readonly WebhooksErrorCode[];
    description?: string;
    run(context: WebhooksContext, input: Input): Promise<WebhooksResult<EndpointRow>>;
  },
) {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: 'endpoint', type: WebhookEndpointRef },
    authScopes: manage,
    description: spec.description,
    run: spec.run,
    fields: (endpoint) => ({ endpoint }),
  });
}

/** The payload of the mutations that make a signing secret: the endpoint, and the secret shown this once. */
const withSecretPayload = (
  codes: readonly WebhooksErrorCode[],
): CustomPayload<WebhooksErrorCode, typeof builder.$inferSchemaTypes> => ({
  codes,
  fields: (t) => ({
    endpoint: t.field({ type: WebhookEndpointRef, nullable: true, resolve: (payload) => payload.endpoint ?? null }),
    secret: t.string({
      nullable: true,
      description: 'The new signing secret: shown this once, store it now',
      resolve: (payload) => payload.secret ?? null,
    }),
  }),
});

const EndpointCreateInput = builder.inputType('WebhookEndpointCreateInput', {
  fields: (t) => ({
    url: t.string({ required: true, validate: urlRule }),
    description: t.string({ validate: descriptionRule }),
    eventTypes: t.stringList({
      required: true,
      description: 'Exact types or prefix wildcards (`orders.order.*`, `*`)',
    }),
  }),
});

inputMutation(builder, 'webhookEndpointCreate', {
  input: EndpointCreateInput,
  payload: withSecretPayload(['INVALID_INPUT', 'INVALID_URL', 'DESTINATION_NOT_ALLOWED', 'INVALID_EVENT_TYPE']),
  authScopes: manage,
  description: 'A new endpoint with its signing secret (returned once)',
  run: (context, input) => createEndpoint(context.deps, dbOf(context), input),
  fields: (created) => created,
});

const EndpointUpdateInput = builder.inputType('WebhookEndpointUpdateInput', {
  fields: (t) => ({
    endpointId: t.id({ required: true }),
    url: t.string({ validate: urlRule }),
    description: t.string({ validate: descriptionRule }),
    eventTypes: t.stringList(),
  }),
});

endpointMutation('webhookEndpointUpdate', {
  input: EndpointUpdateInput,
  codes: ['NOT_FOUND', 'INVALID_INPUT', 'INVALID_URL', 'DESTINATION_NOT_ALLOWED', 'INVALID_EVENT_TYPE'],
  run: (context, input) => updateEndpoint(context.deps, dbOf(context), endpointId(input.endpointId), input),
});

const EndpointIdInput = builder.inputType('WebhookEndpointIdInput', {
  fields: (t) => ({ endpointId: t.id({ required: true }) }),
});

inputMutation(builder, 'webhookEndpointDelete', {
  input: EndpointIdInput,
  payload: { codes: ['NOT_FOUND'], field: 'deletedEndpointId', type: 'ID' },
  authScopes: manage,
  description: 'Deletes the endpoint, its secrets and its delivery log',
  run: async (context, input) => {
    const deleted = await deleteEndpoint(dbOf(context), endpointId(input.endpointId));
    // the payload names the endpoint by the id the caller sent
    return deleted.ok ? ok(input.endpointId) : deleted;
  },
  fields: (deletedEndpointId) => ({ deletedEndpointId }),
});

const RotateInput = builder.inputType('WebhookEndpointSecretRotateInput', {
  fields: (t) => ({
    endpointId: t.id({ required: true }),
    overlapHours: t.int({
      required: true,
      validate: overlapRule,
      description: `How long the current secret keeps signing alongside the new one (0 to ${MAX_OVERLAP_HOURS})`,
    }),
  }),
});

inputMutation(builder, 'webhookEndpointSecretRotate', {
  input: RotateInput,
  payload: withSecretPayload(['NOT_FOUND', 'INVALID_INPUT']),
  authScopes: manage,
  description: 'A new signing secret (returned once); deliveries carry both signatures until the overlap ends',
  run: (context, input) => rotateSecret(context.deps, dbOf(context), endpointId(input.endpointId), input.overlapHours),
  fields: (rotated) => rotated,
});

for (const [name, enabled, description] of [
  ['webhookEndpointEnable', true, 'Sends again, pending deliveries first; clears the failure count'],
  ['webhookEndpointDisable', false, 'Stops sending; deliveries wait until it is enabled'],
] as const) {
  endpointMutation(name, {
    input: EndpointIdInput,
    codes: ['NOT_FOUND'],
    description,
    run: (context, input) => setEnabled(dbOf(context), endpointId(input.endpointId), enabled),
  });
}

endpointMutation('webhookEndpointTest', {
  input: EndpointIdInput,
  codes: ['NOT_FOUND', 'ENDPOINT_DISABLED'],
  description: 'Sends a `webhooks.test.ping` event to this endpoint only (see its delivery log)',
  run: (context, input) => pingEndpoint(dbOf(context), endpointId(input.endpointId)),
});

const RedeliverInput = builder.inputType('WebhookDeliveryRedeliverInput', {
  fields: (t) => ({ deliveryId: t.id({ required: true }) }),
});

inputMutation(builder, 'webhookDeliveryRedeliver', {
  input: RedeliverInput,
  payload: { codes: ['NOT_FOUND', 'DELIVERY_PENDING'], field: 'delivery', type: WebhookDeliveryRef },
  authScopes: manage,
  description: 'Sends a finished delivery again, with a fresh retry schedule',
  run: (context, input) =>
    redeliver(dbOf(context), localUuid(input.deliveryId, 'WebhookDelivery', ['input', 'deliveryId'])),
  fields: (delivery) => ({ delivery }),
});
