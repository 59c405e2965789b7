export function coreTypeForFlags(flags: ReadonlySet<string>): 'Cooperlake' | 'SkylakeX' | 'Haswell' | undefined;
export function cpuFlags(): Set<string>;
export function chooseOpenblasCore(env?: NodeJS.ProcessEnv): 'Cooperlake' | 'SkylakeX' | 'Haswell' | undefined;
