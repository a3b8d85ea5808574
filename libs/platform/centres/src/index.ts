export * from './lib/centres.module';
