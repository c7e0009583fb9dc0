/**
 * Bundling alias for `@aws-sdk/credential-provider-node` in Lambda bundles only: Lambda always passes the
 * function role's credentials in environment variables, so the SDK's default chain (SSO, INI files,
 * web identity, IMDS and the nested STS/SSO clients they need, ~90 KB) is dead weight on every cold start.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
