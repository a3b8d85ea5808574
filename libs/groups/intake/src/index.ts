export * from './lib/intake.module';
export * from './lib/services/privacy.service';
