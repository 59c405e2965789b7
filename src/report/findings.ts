import type { ClaimResult } from '../claims/result.ts';
import type { Variant, Verdict } from '../claims/types.ts';
import { VERDICTS } from './format.ts';

/**
 * What a run found, as a reviewer asks it: which of the source's statements are false as
 * written (and what the catalog's corrected versions of them gave), which could not be
 * decided and why, and whether the checker itself is sound (its controls, built to be false,
 * were refuted). Shared by the HTML report and the terminal summary, so both say the same.
 */

export const VARIANT_ORDER: readonly Variant[] = ['literal', 'corrected', 'control'];

/** One line per variant in the summaries: what the variant is, in a reviewer's words. */
export const VARIANT_MEANING: Record<Variant, string> = {
  literal: "the source's statements as written",
  corrected: 'repaired versions of false statements',
  control: 'planted false variants: must be refuted',
};

export interface VariantCounts {
  variant: Variant;
  total: number;
  asExpected: number;
  byVerdict: Record<Verdict, number>;
}

/** A literal statement refuted as written, with the catalog's corrections of it. */
export interface RefutedStatement {
  claim: ClaimResult;
  /** corrected variants of the same statement (same family and catalog entry, or same quoted words) */
  corrections: ClaimResult[];
}

export interface Findings {
  byVariant: VariantCounts[];
  /** literal statements whose verdict is `refuted` */
  refuted: RefutedStatement[];
  /** literal and corrected statements whose verdict is inconclusive or error */
  undecided: ClaimResult[];
  /** controls that were refuted, of all controls */
  controls: { total: number; refuted: number };
  /** verdicts that differ from their expectation: the run itself needs attention */
  unexpected: ClaimResult[];
}

export function variantCounts(claims: readonly ClaimResult[]): VariantCounts[] {
  return VARIANT_ORDER.map((variant) => {
    const list = claims.filter((c) => c.variant === variant);
    const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, list.filter((c) => c.verdict === v).length])) as Record<Verdict, number>;
    return { variant, total: list.length, asExpected: list.filter((c) => c.asExpected).length, byVerdict };
  });
}

/** The corrected variants that repair `literal`: same catalog entry when it has one, else the same quoted words. */
export function correctionsOf(literal: ClaimResult, claims: readonly ClaimResult[]): ClaimResult[] {
  return claims.filter((c) => c.variant === 'corrected' && c.family === literal.family && (literal.catalog
    ? c.catalog === literal.catalog
    : c.source?.asStated !== undefined && c.source.asStated === literal.source?.asStated));
}

export function findings(claims: readonly ClaimResult[]): Findings {
  const literal = claims.filter((c) => c.variant === 'literal');
  const controls = claims.filter((c) => c.variant === 'control');
  return {
    byVariant: variantCounts(claims),
    refuted: literal.filter((c) => c.verdict === 'refuted').map((claim) => ({ claim, corrections: correctionsOf(claim, claims) })),
    undecided: claims.filter((c) => c.variant !== 'control' && (c.verdict === 'inconclusive' || c.verdict === 'error')),
    controls: { total: controls.length, refuted: controls.filter((c) => c.verdict === 'refuted').length },
    unexpected: claims.filter((c) => !c.asExpected),
  };
}

/** Why a claim stayed undecided: the declared reason its regime is out of reach, else the engine's. */
export function undecidedWhy(c: ClaimResult): string {
  return c.outOfReach && !/out of reach/i.test(c.reason) ? `out of reach: ${c.outOfReach}` : c.reason;
}
