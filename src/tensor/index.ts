export * from './backend.ts';
export * from './dense.ts';
export * from './errors.ts';
export * from './linalg.ts';
export * from './linalg_guard.ts';
export * from './linalg_native.ts';
export * from './rng.ts';
