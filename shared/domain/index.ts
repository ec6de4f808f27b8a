export * from './enums';
export * from './primitives';
export * from './referral';
export * from './derive';
export * from './actions';
export * from './lifecycle';
export * from './newDeal';
