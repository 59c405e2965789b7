import type { Arbitrary } from 'fast-check';
import { z } from 'zod';
import type { BackendInfo } from '../tensor/backend.ts';
import type { Rng } from '../tensor/rng.ts';
import type { Budget } from './budgets.ts';
import { CLAIM_KINDS, KINDS, type ClaimKind, type EvidenceByKind, type SpecByKind } from './kinds/registry.ts';
import { PRECISIONS } from './tolerance.ts';

/**
 * The claim contract (DESIGN.md, "A claim: the public contract"), written once as a zod schema:
 * defineClaim validates with it, and every type of a claim's fields (the definition, the static
 * facts in task.meta, the result in the report) is inferred from it.
 */

export const VARIANTS = ['literal', 'corrected', 'control'] as const;
/** `inconclusive` only with `outOfReach`: the statement's regime is beyond every budget's sizes. */
export const EXPECTATIONS = ['supported', 'refuted', 'inconclusive'] as const;

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must be a non-empty string');

export const claimSource = z.object({
  /** seed file name in shared/seeds (or a citation for claims from elsewhere) */
  doc: text,
  /** slide title, section or page */
  where: text,
  /** the source's own words, garbled OCR included: the words that state what is tested */
  asStated: text,
  /** line of the seed file where the quoted words begin, so a reviewer can find them */
  line: z.number().int().positive().optional(),
}, 'is missing');

/** Names of the two sides an identity or inequality compares ("slide's formula", "autodiff"). */
export const claimSides = z.object({ lhs: text, rhs: text }).strict();

/** A claim's data: every field but the instance arbitrary, the check and the kind's spec. */
export const claimFields = z.object({
  /** `<family>.<kebab-name>`, unique, stable: reports and replays cite it */
  id: z.string().regex(ID, 'must be <family>.<kebab-name> (lower case, digits, dashes)'),
  /** the id's prefix; optional (it is derived), and when given it must equal the prefix */
  family: text.optional(),
  /** id in CLAIMS.md, when it has one */
  catalog: z.string().regex(/^[A-Z][0-9]+$/, "must look like 'A1'").optional(),
  variant: z.enum(VARIANTS),
  title: text,
  source: claimSource,
  /** TeX of what is tested */
  statement: text,
  hypotheses: z.array(text).optional(),
  /** what the evidence's lhs and rhs are, for identities and inequalities */
  sides: claimSides.optional(),
  kind: z.enum(CLAIM_KINDS),
  /** what check computes in; the tolerance follows from it */
  precision: z.enum(PRECISIONS).optional(),
  expect: z.enum(EXPECTATIONS),
  /**
   * Why the statement's regime (sizes, α → 0, N) is beyond what the budgets reach. The claim
   * still runs and the report shows what was measured, but the verdict is `inconclusive`
   * (and `expect` must be 'inconclusive'): a fit at the wrong sizes neither supports nor refutes.
   */
  outOfReach: text.optional(),
  /** for a corrected or control entry: why it differs from the literal statement */
  note: z.string().optional(),
  /** overrides the budget's timeout for this claim (ms) */
  timeoutMs: z.number().int().positive().optional(),
  /**
   * Claims with the same key draw the same instances from the same random streams (the key takes
   * the id's place in the seeds), so a literal statement, its correction and its controls can be
   * judged on one measured sweep; where their `check` is the same function, each instance is
   * evaluated once per process and the others reuse its evidence (see evidence_cache.ts).
   */
  sharedDraws: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower case letters, digits, dots and dashes').optional(),
});

function isArbitrary(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { generate?: unknown }).generate === 'function'
    && typeof (v as { shrink?: unknown }).shrink === 'function';
}

/** Each kind with a spec contributes its field, named after the kind (`scaling: {…}`). */
const specFields = Object.fromEntries(
  Object.values(KINDS).flatMap((k) => ('spec' in k && k.spec ? [[k.name, k.spec.optional()]] : [])),
) as Record<string, z.ZodOptional<z.ZodType>>;

/** The whole definition, as defineClaim validates it. */
export const claimSchema = claimFields
  .extend({
    instances: z.custom((v) => isArbitrary(v), 'must be a fast-check arbitrary'),
    check: z.custom((v) => typeof v === 'function', 'must be a function'),
    ...specFields,
  })
  .strict();

export type Variant = (typeof VARIANTS)[number];
export type Expectation = (typeof EXPECTATIONS)[number];
export type ClaimSource = z.infer<typeof claimSource>;
export type ClaimFields = z.infer<typeof claimFields>;

/** What a claim's `check` receives besides its instance. */
export interface CheckContext {
  /** seeded stream for this instance: every random draw must come from here */
  rng: Rng;
  budget: Budget;
  backend: BackendInfo;
  /**
   * Record that this instance does not meet the claim's hypotheses: the instance is skipped
   * (not counted as support) and the report shows how many met them.
   */
  assume(condition: boolean, hypothesis?: string): void;
  /**
   * Set when the claim shares its draws (`sharedDraws`) and this evaluation is a plain one: the
   * same string for every claim of the key on this instance, budget and backend. measureOnce
   * keys on it, so claims that judge one measurement differently compute it once.
   */
  drawId?: string;
}

/** The spec field of each kind that has one: allowed (optional) for that kind only. */
type SpecFields<K extends ClaimKind> = { [S in keyof SpecByKind]?: S extends K ? SpecByKind[S] : never };

/** A claim as written in a claim file: plain data plus one `check` function. */
export type ClaimDefinition<I = unknown, K extends ClaimKind = ClaimKind> = Omit<ClaimFields, 'kind'> & SpecFields<K> & {
  kind: K;
  instances: Arbitrary<I>;
  check: (instance: I, ctx: CheckContext) => EvidenceByKind[K] | Promise<EvidenceByKind[K]>;
};

/** A validated claim (what defineClaim returns): its family is filled in from the id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Claim<I = any> = Readonly<ClaimDefinition<I, ClaimKind>> & { readonly family: string; readonly __claim: true };

/** Static facts about a claim, in task.meta before it runs (so a timeout still names the claim). */
export type ClaimStatic = Omit<ClaimFields, 'timeoutMs' | 'family'> & { family: string; file: string };

const STATIC_KEYS = Object.keys(claimFields.shape).filter((k) => k !== 'timeoutMs') as Array<keyof ClaimFields>;

/** The static facts of a claim: its data fields (by the schema's keys), and the file it came from. */
export function staticOf(claim: Claim, file: string): ClaimStatic {
  const out: Record<string, unknown> = {};
  for (const key of STATIC_KEYS) if (claim[key] !== undefined) out[key] = key === 'source' ? { ...claim.source } : key === 'sides' ? { ...claim.sides! } : key === 'hypotheses' ? [...claim.hypotheses!] : claim[key];
  return { ...(out as Omit<ClaimStatic, 'file'>), file };
}
