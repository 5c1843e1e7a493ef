// Every Drizzle table, for the query builder and for drizzle-kit.
export * from '../../modules/auth/auth.tables.js';
export * from '../../modules/administrations/administrations.tables.js';
export * from '../audit/audit.tables.js';
export * from '../rate-limit/rate-limit.tables.js';
export * from '../../modules/organisation/organisation.tables.js';
export * from '../../modules/planning/planning.tables.js';
export * from '../../modules/indicators/indicators.tables.js';
export * from '../jobs/jobs.tables.js';
export * from '../files/files.tables.js';
export * from '../../modules/followup/followup.tables.js';
export * from '../../modules/notifications/notifications.tables.js';
export * from '../../modules/agenda/agenda.tables.js';
export * from '../../modules/reports/reports.tables.js';
export * from '../../modules/dossiers/dossiers.tables.js';
