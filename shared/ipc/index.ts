export * from './contract';
export * from './syncSchemas';
export * from './authSchemas';
export * from './result';
export * from './dispatch';
export type * from './api';
