export * from './audit-entry.view';
export * from './list-audit-entries.message';
