import { z } from 'zod';
import { ClaimDefinitionError } from './errors.ts';
import { CLAIM_KINDS, PRECISIONS, VARIANTS, type Claim, type ClaimDefinition, type ClaimKind } from './types.ts';

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must be a non-empty string');

const schema = z
  .object({
    id: z.string().regex(ID, 'must be <family>.<kebab-name> (lower case, digits, dashes)'),
    family: text,
    catalog: z.string().regex(/^[A-Z][0-9]+$/, "must look like 'A1'").optional(),
    variant: z.enum(VARIANTS),
    title: text,
    source: z.object({ doc: text, where: text, asStated: text }, 'is missing'),
    statement: text,
    hypotheses: z.array(text).optional(),
    kind: z.enum(CLAIM_KINDS),
    precision: z.enum(PRECISIONS).optional(),
    expect: z.enum(['supported', 'refuted', 'inconclusive']),
    outOfReach: text.optional(),
    note: z.string().optional(),
    instances: z.custom((v) => isArbitrary(v), 'must be a fast-check arbitrary'),
    check: z.custom((v) => typeof v === 'function', 'must be a function'),
    scaling: z
      .object({
        exponent: z.number().finite(),
        relation: z.enum(['equal', 'atMost', 'atLeast']),
        resolution: z.number().positive().optional(),
      })
      .optional(),
    probability: z.object({ atLeast: z.number().gt(0).lt(1) }).optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

function isArbitrary(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { generate?: unknown }).generate === 'function'
    && typeof (v as { shrink?: unknown }).shrink === 'function';
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

/**
 * Declare a claim. Validated at load: a broken definition throws a one-line
 * ClaimDefinitionError naming the claim and the field, e.g.
 * `claim 'ntk.kernel-limit': field 'source.asStated' is missing`.
 */
export function defineClaim<I, K extends ClaimKind>(definition: ClaimDefinition<I, K>): Claim<I> {
  const label = typeof (definition as { id?: unknown })?.id === 'string' ? (definition as { id: string }).id : '(no id)';
  const parsed = schema.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    throw new ClaimDefinitionError(
      `claim '${label}': field '${fieldPath(issue.path)}' ${missing ? 'is missing' : issue.message}`,
    );
  }
  const d = definition;
  const fail = (field: string, why: string): never => {
    throw new ClaimDefinitionError(`claim '${d.id}': field '${field}' ${why}`);
  };
  if (d.id.split('.')[0] !== d.family) fail('family', `must equal the id's prefix '${d.id.split('.')[0]}'`);
  if ((d.kind === 'identity' || d.kind === 'inequality') && !d.precision)
    fail('precision', `is missing (an ${d.kind} needs float32, float64 or exact)`);
  if (d.expect === 'inconclusive' && !d.outOfReach) fail('outOfReach', "is missing (expect 'inconclusive' is only for statements beyond the budgets' reach: say why)");
  if (d.outOfReach && d.expect !== 'inconclusive') fail('expect', "must be 'inconclusive' when outOfReach is set");
  if (d.kind === 'scaling' && !d.scaling) fail('scaling', 'is missing (exponent and relation)');
  if (d.kind !== 'scaling' && d.scaling) fail('scaling', `is only for scaling claims, not ${d.kind}`);
  if (d.kind === 'probability' && !d.probability) fail('probability', 'is missing (atLeast)');
  if (d.kind !== 'probability' && d.probability) fail('probability', `is only for probability claims, not ${d.kind}`);
  return Object.freeze({ ...d, __claim: true as const }) as unknown as Claim<I>;
}

export function isClaim(value: unknown): value is Claim {
  return typeof value === 'object' && value !== null && (value as { __claim?: unknown }).__claim === true;
}

/**
 * The claims a set of loaded modules export, in export order, with duplicate ids rejected.
 * @param modules pairs of (file label, module namespace)
 */
export function collectClaims(modules: ReadonlyArray<readonly [string, Record<string, unknown>]>): Array<{ claim: Claim; file: string }> {
  const seen = new Map<string, string>();
  const out: Array<{ claim: Claim; file: string }> = [];
  for (const [file, mod] of modules) {
    let count = 0;
    for (const value of Object.values(mod)) {
      const claims = Array.isArray(value) ? value.filter(isClaim) : isClaim(value) ? [value] : [];
      for (const claim of claims) {
        const where = seen.get(claim.id);
        if (where !== undefined && out.some((c) => c.claim === claim)) continue;
        if (where !== undefined)
          throw new ClaimDefinitionError(`claim '${claim.id}': duplicate id (defined in ${where} and ${file})`);
        seen.set(claim.id, file);
        out.push({ claim, file });
        count++;
      }
    }
    if (count === 0) throw new ClaimDefinitionError(`claim file ${file}: exports no claims (export the values defineClaim returns)`);
  }
  return out;
}
