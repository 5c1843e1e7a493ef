// Every Drizzle table, for the query builder and for drizzle-kit.
export * from '../../modules/auth/auth.tables.js';
export * from '../../modules/administrations/administrations.tables.js';
export * from '../audit/audit.tables.js';
export * from '../../modules/organisation/organisation.tables.js';
export * from '../../modules/dossiers/dossiers.tables.js';
