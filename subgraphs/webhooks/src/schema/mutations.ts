import { localUuid, payloadType, rules, toPayload } from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { redeliver } from '../data/deliveries.ts';
import {
  createEndpoint,
  deleteEndpoint,
  MAX_OVERLAP_HOURS,
  pingEndpoint,
  rotateSecret,
  setEnabled,
  updateEndpoint,
} from '../data/endpoints.ts';
import type { WebhooksErrorCode } from '../data/errors.ts';
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

const endpointPayload = (mutation: string, codes: readonly WebhooksErrorCode[]) =>
  payloadType(builder, mutation, { codes, field: 'endpoint', type: WebhookEndpointRef });

const endpointWithSecretPayload = (mutation: string, codes: readonly WebhooksErrorCode[]) =>
  payloadType(builder, mutation, {
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

const CreatePayload = endpointWithSecretPayload('WebhookEndpointCreate', [
  'INVALID_INPUT',
  'INVALID_URL',
  'DESTINATION_NOT_ALLOWED',
  'INVALID_EVENT_TYPE',
]);

builder.mutationField('webhookEndpointCreate', (t) =>
  t.field({
    type: CreatePayload,
    description: 'A new endpoint with its signing secret (returned once)',
    authScopes: manage,
    args: { input: t.arg({ type: EndpointCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createEndpoint(context.deps, dbOf(context), input), (created) => created),
  }),
);

const EndpointUpdateInput = builder.inputType('WebhookEndpointUpdateInput', {
  fields: (t) => ({
    endpointId: t.id({ required: true }),
    url: t.string({ validate: urlRule }),
    description: t.string({ validate: descriptionRule }),
    eventTypes: t.stringList(),
  }),
});

const UpdatePayload = endpointPayload('WebhookEndpointUpdate', [
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_URL',
  'DESTINATION_NOT_ALLOWED',
  'INVALID_EVENT_TYPE',
]);

builder.mutationField('webhookEndpointUpdate', (t) =>
  t.field({
    type: UpdatePayload,
    authScopes: manage,
    args: { input: t.arg({ type: EndpointUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await updateEndpoint(
          context.deps,
          dbOf(context),
          localUuid(input.endpointId, 'WebhookEndpoint', ['input', 'endpointId']),
          input,
        ),
        (endpoint) => ({ endpoint }),
      ),
  }),
);

const EndpointIdInput = builder.inputType('WebhookEndpointIdInput', {
  fields: (t) => ({ endpointId: t.id({ required: true }) }),
});

const DeletePayload = payloadType(builder, 'WebhookEndpointDelete', {
  codes: ['NOT_FOUND'] as const,
  field: 'deletedEndpointId',
  type: 'ID',
});

builder.mutationField('webhookEndpointDelete', (t) =>
  t.field({
    type: DeletePayload,
    description: 'Deletes the endpoint, its secrets and its delivery log',
    authScopes: manage,
    args: { input: t.arg({ type: EndpointIdInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await deleteEndpoint(dbOf(context), localUuid(input.endpointId, 'WebhookEndpoint', ['input', 'endpointId'])),
        () => ({
          deletedEndpointId: input.endpointId,
        }),
      ),
  }),
);

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

const RotatePayload = endpointWithSecretPayload('WebhookEndpointSecretRotate', ['NOT_FOUND', 'INVALID_INPUT']);

builder.mutationField('webhookEndpointSecretRotate', (t) =>
  t.field({
    type: RotatePayload,
    description: 'A new signing secret (returned once); deliveries carry both signatures until the overlap ends',
    authScopes: manage,
    args: { input: t.arg({ type: RotateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await rotateSecret(
          context.deps,
          dbOf(context),
          localUuid(input.endpointId, 'WebhookEndpoint', ['input', 'endpointId']),
          input.overlapHours,
        ),
        (rotated) => rotated,
      ),
  }),
);

for (const [name, enabled, description] of [
  ['webhookEndpointEnable', true, 'Sends again, pending deliveries first; clears the failure count'],
  ['webhookEndpointDisable', false, 'Stops sending; deliveries wait until it is enabled'],
] as const) {
  const payload = endpointPayload(`${name.charAt(0).toUpperCase()}${name.slice(1)}`, ['NOT_FOUND']);
  builder.mutationField(name, (t) =>
    t.field({
      type: payload,
      description,
      authScopes: manage,
      args: { input: t.arg({ type: EndpointIdInput, required: true }) },
      resolve: async (_root, { input }, context) =>
        toPayload(
          await setEnabled(
            dbOf(context),
            localUuid(input.endpointId, 'WebhookEndpoint', ['input', 'endpointId']),
            enabled,
          ),
          (endpoint) => ({ endpoint }),
        ),
    }),
  );
}

const TestPayload = endpointPayload('WebhookEndpointTest', ['NOT_FOUND', 'ENDPOINT_DISABLED']);

builder.mutationField('webhookEndpointTest', (t) =>
  t.field({
    type: TestPayload,
    description: 'Sends a `webhooks.test.ping` event to this endpoint only (see its delivery log)',
    authScopes: manage,
    args: { input: t.arg({ type: EndpointIdInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await pingEndpoint(dbOf(context), localUuid(input.endpointId, 'WebhookEndpoint', ['input', 'endpointId'])),
        (endpoint) => ({
          endpoint,
        }),
      ),
  }),
);

const RedeliverInput = builder.inputType('WebhookDeliveryRedeliverInput', {
  fields: (t) => ({ deliveryId: t.id({ required: true }) }),
});

const RedeliverPayload = payloadType(builder, 'WebhookDeliveryRedeliver', {
  codes: ['NOT_FOUND', 'DELIVERY_PENDING'] as const,
  field: 'delivery',
  type: WebhookDeliveryRef,
});

builder.mutationField('webhookDeliveryRedeliver', (t) =>
  t.field({
    type: RedeliverPayload,
    description: 'Sends a finished delivery again, with a fresh retry schedule',
    authScopes: manage,
    args: { input: t.arg({ type: RedeliverInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await redeliver(dbOf(context), localUuid(input.deliveryId, 'WebhookDelivery', ['input', 'deliveryId'])),
        (delivery) => ({
          delivery,
        }),
      ),
  }),
);
