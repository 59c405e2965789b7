import type { ClaimResult } from '../claims/result.ts';
import type { WebgpuAdapter } from '../tensor/backend.ts';

export const REPORT_SCHEMA = 'claimcheck/1' as const;

/** Run metadata: everything needed to reproduce and to judge a run. */
export interface RunMetadata {
  seed: number;
  budget: string;
  backend: string;
  /** float64 linear-algebra implementation (ml-matrix or native LAPACK) */
  linalg: string;
  /** family-wise false-alarm rate of the statistical verdicts, and how it was split */
  alpha: number;
  versions: Record<string, string>;
  machine: { platform: string; arch: string; cpus: number; cpuModel: string; memoryGiB: number; node: string; gpu?: WebgpuAdapter };
  startedAt: string;
  durationMs: number;
  command: string;
}

/** reports/claims.json */
export interface ClaimsReport {
  schema: typeof REPORT_SCHEMA;
  run: RunMetadata;
  summary: {
    total: number;
    asExpected: number;
    byVerdict: Record<string, number>;
    unexpected: string[];
  };
  claims: ClaimResult[];
}
