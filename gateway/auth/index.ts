// Authentication (API keys, JWTs) and authorisation (roles by field, sites by argument) for the gateway.
export { loadAuthConfig, validateAuthConfig, gatewayModeFrom } from './config.ts';
export type { AuthConfig, JwtConfig, GatewayMode } from './config.ts';
export { createGatewayAuth } from './gateway-auth.ts';
export type { GatewayAuth, AuthContext, AuthGatewayConfig } from './gateway-auth.ts';
export { createAuthenticator, demoIdentity } from './authenticate.ts';
export type { Identity, AuthOutcome, AuthRefusal } from './authenticate.ts';
export { authorizeOperation } from './authorize.ts';
export type { SiteDirectory } from './authorize.ts';
export { createSiteDirectory, siteLayoutQuery } from './site-directory.ts';
export { fieldPolicy, defaultRoles, siteArguments } from './policy.ts';
export type { FieldRule, SiteRefKind } from './policy.ts';
export { roles, roleDescriptions, isRole } from './roles.ts';
export type { Role } from './roles.ts';
export { hashApiKey, parseApiKeysFile } from './api-keys.ts';
export type { ApiKeyEntry } from './api-keys.ts';
export { assertSiteAccess } from '../../common/index.ts';
