export { buildServer, BODY_LIMIT, type BuildServerOptions, type RouteEntry } from './build-server.ts';
export { hashPassword, verifyPassword } from './security/password.ts';
export { newTotpSecret, totpCode } from './security/totp.ts';
export { PERMISSIONS, type PermissionName } from './security/permissions.ts';
export { SESSION_COOKIE, CSRF_HEADER } from './security/access-control.ts';
