export * from './errors/domain-error';
export * from './permissions/permissions';
export * from './clients/client-status';
export * from './validation/text';
export * from './timeline/timeline';
export * from './segments/segments';
