// A minimal webhook receiver for the platform's signed deliveries:
//   UCOS_WEBHOOK_SECRET=whsec_… PORT=8787 node packages/partner-sdk/examples/webhook-receiver.ts
// Create an endpoint pointing at http://<this host>:8787/webhooks in the admin (Webhooks → New
// endpoint); the secret is shown once there. With `npm start` loopback destinations are allowed
// (WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS=true, a development setting); in production the URL must be public.
//
// What a receiver must do:
// - verify the signature over the RAW body before trusting anything (verifyWebhook);
// - answer 2xx quickly (do slow work afterwards): anything else, or no answer within the timeout, is retried
//   with backoff for about a day, and repeated failures disable the endpoint;
// - de-duplicate on the event id (`UCOS-Event-Id`, also `event.id`): a delivery may arrive more than once;
// - events of one aggregate (one order, say) arrive in order; different aggregates may interleave.
import { createServer } from 'node:http';
import { verifyWebhook } from '../src/index.ts';

const secret = process.env.UCOS_WEBHOOK_SECRET ?? '';
if (!secret) {
  console.error('Set UCOS_WEBHOOK_SECRET to the endpoint secret shown when it was created.');
  process.exit(1);
}
const seen = new Set<string>();

const server = createServer(async (request, response) => {
  if (request.method !== 'POST' || request.url !== '/webhooks') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const verified = await verifyWebhook(
    { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') },
    secret,
  );
  if (!verified.ok) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end(`signature ${verified.reason}`);
    return;
  }
  const event = verified.event;
  if (!seen.has(event.id)) {
    seen.add(event.id);
    console.log(
      `${event.occurredAt} ${event.type} ${event.aggregateType}/${event.aggregateId}`,
      JSON.stringify(event.payload),
    );
  }
  response.writeHead(204).end();
});

const port = Number(process.env.PORT ?? 8787);
server.listen(port, () => console.log(`webhook receiver on http://127.0.0.1:${port}/webhooks`));
