export * from './contract';
export * from './syncSchemas';
export * from './insightsSchemas';
export * from './exportSchemas';
export * from './authSchemas';
export * from './result';
export * from './dispatch';
export * from './fieldErrors';
export type * from './api';
