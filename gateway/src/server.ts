export { type RunningServer, serve } from '@ucos/kit/serve';
