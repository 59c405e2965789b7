export * from './backend.ts';
export * from './dense.ts';
export * from './errors.ts';
export * from './linalg.ts';
export * from './rng.ts';
