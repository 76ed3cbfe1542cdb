export { buildServer, BODY_LIMIT, type BuildServerOptions, type RouteEntry } from './build-server.ts';
export { hashPassword, verifyPassword } from './security/password.ts';
export { newTotpSecret, totpCode } from './security/totp.ts';
export { PERMISSIONS, type PermissionName } from './security/permissions.ts';
export { SESSION_COOKIE, CSRF_HEADER } from './security/access-control.ts';
export { startNotificationDispatcher, type RunningDispatcher } from './portal/dispatcher.ts';
export { adaptersFromEnv } from './portal/adapters/from-env.ts';
export * from './portal/directories/index.ts';
