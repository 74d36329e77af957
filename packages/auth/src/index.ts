export { bindSecuritySchemes, checkBinding, type SchemeBinding } from './bindings.js';
export {
  type ApiKeyCredential,
  apiKey,
  type BasicCredential,
  type BearerCredential,
  basic,
  bearer,
  type Credential,
  type CredentialKind,
  isCredential,
  type OAuth2Credential,
} from './credential.js';
export { type CredentialsFromEnvOptions, credentialsFromEnv, type Env, envVariables } from './env.js';
export { CredentialError, OAuth2Error, type OAuth2ErrorDetails } from './errors.js';
export {
  type OAuth2DefaultedOptions,
  type OAuth2Options,
  type OAuth2Tokens,
  oauth2,
  oauth2WithTokenUrl,
} from './oauth2.js';
export { redactSecrets, SentSecrets } from './redact.js';
export {
  type CredentialSource,
  credentialSource,
  refreshAfterUnauthorized,
  resolveCredential,
} from './resolve.js';
export type { Secret } from './secret.js';
export { type SecurityRequirement, selectSecurity } from './select.js';
