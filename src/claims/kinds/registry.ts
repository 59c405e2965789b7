import type { z } from 'zod';
import type { ReportSection } from './kind.ts';
import { existence } from './existence.ts';
import { identity } from './identity.ts';
import { inequality } from './inequality.ts';
import { mean } from './mean.ts';
import { probability } from './probability.ts';
import { scaling } from './scaling.ts';

/**
 * Every claim kind, registered once (tfjs' kernel registry, Hypothesis' list of shrink passes):
 * adding a kind adds its module and a line here. Claim validation (define.ts), the driver
 * (run_claim.ts) and the report read the kinds from this map only.
 */
export const KINDS = { identity, inequality, scaling, probability, existence, mean } as const;

type Kinds = typeof KINDS;
export type ClaimKind = keyof Kinds;
export const CLAIM_KINDS = Object.keys(KINDS) as [ClaimKind, ...ClaimKind[]];

/** What `check` returns on one instance, per kind. */
export type EvidenceByKind = { [K in ClaimKind]: z.infer<Kinds[K]['evidence']> };

/** The numbers behind a verdict: one variant per kind, told apart by `kind`. */
export type EvidenceSummary = { [K in ClaimKind]: Parameters<Kinds[K]['report']>[0] }[ClaimKind];
export type SummaryOf<K extends ClaimKind> = Extract<EvidenceSummary, { kind: K }>;

/** The kinds whose claim carries a spec field named after the kind (`scaling: {…}`), and its type. */
type SpecOf<K extends ClaimKind> = Parameters<Kinds[K]['run']>[0]['spec'];
export type SpecByKind = { [K in ClaimKind as unknown extends SpecOf<K> ? never : K]: SpecOf<K> };

/**
 * What the report shows of a summary, by its kind's module. Results written before summaries
 * carried their kind (claimcheck/1 from older runs) pass the claim's kind as `fallbackKind`.
 */
export function reportSection(evidence: EvidenceSummary, fallbackKind?: ClaimKind): ReportSection {
  const kind = (evidence as { kind?: ClaimKind }).kind ?? fallbackKind;
  const module = kind !== undefined ? (KINDS[kind] as unknown as { report(s: EvidenceSummary): ReportSection } | undefined) : undefined;
  return module ? module.report(evidence) : { blocks: [], details: [] };
}
