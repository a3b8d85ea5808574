export * from './lib/graphql-client';
export * from './lib/test-database';
export * from './lib/test-environment';
export * from './lib/test-server';
export * from './lib/counting-proxy';
export * from './lib/freezable-proxy';
export * from './lib/free-port';
export * from './lib/invitations';
