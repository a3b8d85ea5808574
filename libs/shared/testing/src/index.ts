export * from './lib/graphql-client';
export * from './lib/test-database';
export * from './lib/test-environment';
export * from './lib/test-server';
export * from './lib/counting-proxy';
export * from './lib/freezable-proxy';
export * from './lib/free-port';
export * from './lib/invitations';
export * from './lib/oslo-days';
// The run's database set-up, for tools that need it outside Jest (tools/attack, tools/bench).
export { default as globalSetup } from './lib/global-setup';
export { default as globalTeardown } from './lib/global-teardown';
export * from './lib/test-role-passwords';
