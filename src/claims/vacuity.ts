import { FEW_MET_SHARE } from './engine_constants.ts';

/**
 * When a run is vacuous: too few drawn instances met the claim's hypotheses for its verdict to
 * mean anything. Each kind states its rule (kinds/*.ts); this module alone applies rules.
 */
export interface VacuityRule {
  /** what one draw is, for the message: instances, sweeps, seeds */
  unit: string;
  /** fewest draws that must meet the hypotheses */
  minMet: number;
  /** least share of the draws that must meet them @defaultValue 0 */
  minShare?: number;
  /** skipped draws at which the run is vacuous @defaultValue Infinity */
  maxSkipped?: number;
}

/** The one-line reason a run is vacuous, or undefined when enough draws met the hypotheses. */
export function vacuousReason(drawn: number, met: number, { unit, minMet, minShare = 0, maxSkipped = Infinity }: VacuityRule): string | undefined {
  if (met >= minMet && met >= minShare * drawn && drawn - met < maxSkipped) return undefined;
  return `vacuous: ${met} of ${drawn} drawn ${unit} met the hypotheses`;
}

/** Whether a report should warn that few drawn instances met the hypotheses (the verdict then says little). */
export function fewMet({ drawn, met }: { drawn: number; met: number }): boolean {
  return drawn > 0 && met / drawn < FEW_MET_SHARE;
}
