export * from './lib/crypto.module';
export * from './lib/personal-data-cipher';
