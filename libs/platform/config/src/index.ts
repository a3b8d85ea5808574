export * from './lib/config.module';
export * from './lib/environment';
export * from './lib/trust-proxy';
export * from './lib/cors-origins';
