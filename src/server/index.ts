// The server's public face: the app factory (for in-process tests) and the listener.
export type * from './api-types.ts';
export { type AppOptions, type ChanceryApp, createApp, DEFAULT_MAX_BODY_BYTES } from './app.ts';
export { isLoopback } from './guards.ts';
export {
  checkExposure,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningServer,
  type ServeOptions,
  startServer,
} from './listen.ts';
