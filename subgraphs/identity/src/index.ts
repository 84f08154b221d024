import { createServer } from 'node:http';
import { createLogger } from '@ucos/kit';
import { loadIdentityEnv } from './env.ts';
import { createIdentityServer } from './yoga.ts';

const env = loadIdentityEnv();
const logger = createLogger('identity', env.LOG_LEVEL);
const { yoga, close } = await createIdentityServer(env, logger);
const server = createServer(yoga);
server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info({ port }, `identity subgraph listening on http://${env.HOST}:${port}/graphql`);
});

async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close();
  await close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
