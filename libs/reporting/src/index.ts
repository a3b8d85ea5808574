export * from './lib/disclosure-control';
export * from './lib/figure-catalog';
export * from './lib/report-builder';
export * from './lib/reporting.module';
