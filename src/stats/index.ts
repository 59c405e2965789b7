export * from './bonferroni.ts';
export * from './bootstrap.ts';
export * from './clopper_pearson.ts';
export * from './loglog_fit.ts';
export * from './sequential/index.ts';
