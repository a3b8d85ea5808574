export * from './lib/figure-catalog';
export * from './lib/report-builder';
export * from './lib/reporting.module';
export * from './lib/facts/report-facts.service';
export * from './lib/funder-reports';
export * from './lib/export/report-files';
