import { FailureDb } from './failure_db.ts';
import { Skipped, type ClaimKindModule, type KindOutcome, type KindRun, type SummaryBase } from './kinds/kind.ts';
import { oneLine } from './one_line.ts';
import { NonFiniteError } from './errors.ts';

/**
 * The failure database at work in a run (failure_db.ts stores; this decides): a claim's stored
 * counterexample is judged first, in one evaluation, through the claim's check and its kind's
 * `judgeInstance`, as Hypothesis replays its example database before generating. Only the kinds
 * that refute by an instance have `judgeInstance` (identity, inequality); a statistical verdict
 * (scaling, probability) rests on a whole sample under the run's α, and no one stored instance
 * can stand for it.
 */

/** A kind as the driver sees it (run_claim.ts). */
type AnyKind = ClaimKindModule<string, unknown, unknown, SummaryBase<string>>;

/** What the stored counterexample did: decided the verdict, or was judged and let the run go on. */
export type KnownFailure =
  | { state: 'none' }
  | { state: 'decided'; outcome: KindOutcome<SummaryBase<string>> }
  | { state: 'cleared'; note: [string, string] };

/** The reason a verdict decided by a stored counterexample starts with. */
export const STILL_FAILS = 'known counterexample still fails';
/** The evidence note of a stored counterexample that holds now (the record is removed). */
export const NO_LONGER_FAILS = 'known counterexample no longer fails';

/** The run a stored record belongs to, to tell whether its fast-check path still replays. */
export interface RunIdentity {
  seed: number;
  budget: string;
  backend: string;
}

/**
 * Judge a claim's stored counterexample, if it has one. Still violated: refuted at once (one
 * evaluation). No longer violated, no longer meeting the hypotheses, or no longer evaluable (the
 * check raises on it): the record is removed and the run goes on, with a note saying so.
 */
export async function replayKnownFailure(db: FailureDb, id: string, kind: AnyKind, run: KindRun<unknown, unknown>, current: RunIdentity): Promise<KnownFailure> {
  if (!kind.judgeInstance) return { state: 'none' };
  const record = db.get(id);
  const stored = record && db.instanceOf(id);
  if (!record || !stored) return { state: 'none' };
  const { instance } = stored;
  const evidence = { kind: kind.name, drawn: 1, met: 1, notes: { evaluations: 1, 'known counterexample stored': record.storedAt } };
  // the record's fast-check path replays only the run that found it
  const path = record.seed === current.seed && record.budget === current.budget ? record.path : undefined;
  let measured: unknown;
  try {
    measured = await run.evaluate(instance);
  } catch (err) {
    if (err instanceof Skipped) {
      db.remove(id);
      return { state: 'cleared', note: [NO_LONGER_FAILS, `it no longer meets the hypotheses (${err.message}); record removed`] };
    }
    // Stale, most likely: the claim's arbitrary changed shape since (a field added or renamed),
    // and a stored value bypasses the arbitrary. Hypothesis drops stored examples its strategy no
    // longer produces; so does this, and the run's own draws decide (an exception they reach is
    // an error there, as always).
    db.remove(id);
    const what = err instanceof NonFiniteError ? 'gave non-finite evidence' : 'raised';
    return { state: 'cleared', note: [NO_LONGER_FAILS, `the check ${what} on it (${oneLine(err)}), a stale record; removed`] };
  }
  const judged = await kind.judgeInstance(run, measured);
  if (!judged.violated) {
    db.remove(id);
    return { state: 'cleared', note: [NO_LONGER_FAILS, `${judged.reason}; record removed`] };
  }
  return {
    state: 'decided',
    outcome: {
      verdict: 'refuted', reason: `${STILL_FAILS}: ${judged.reason}`, evidence, decisive: true,
      counterexample: { instance, evidence: measured, reason: judged.reason, shrinks: 0, path },
    },
  };
}

/**
 * Store a refutation's shrunk counterexample (kinds with `judgeInstance` only). A database that
 * cannot be written does not change the verdict: the returned note says why it was not stored.
 */
export function rememberFailure(db: FailureDb, id: string, kind: AnyKind, outcome: KindOutcome<SummaryBase<string>>, current: RunIdentity): string | undefined {
  const cx = outcome.counterexample;
  if (!kind.judgeInstance || outcome.verdict !== 'refuted' || !cx) return undefined;
  try {
    db.put({ id, seed: current.seed, budget: current.budget, backend: current.backend, path: cx.path, reason: cx.reason, instance: cx.instance });
    return undefined;
  } catch (err) {
    return `not stored in the failure database: ${oneLine(err)}`;
  }
}
