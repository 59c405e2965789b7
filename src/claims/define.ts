import { claimSchema, type Claim, type ClaimDefinition } from './claim_schema.ts';
import { ClaimDefinitionError } from './errors.ts';
import { KINDS, type ClaimKind } from './kinds/registry.ts';

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

/**
 * Declare a claim. Validated at load: a broken definition throws a one-line
 * ClaimDefinitionError naming the claim and the field, e.g.
 * `claim 'ntk.kernel-limit': field 'source.asStated' is missing`.
 * `family` may be left out: it is the id's prefix.
 */
export function defineClaim<I, K extends ClaimKind>(definition: ClaimDefinition<I, K>): Claim<I> {
  const label = typeof (definition as { id?: unknown })?.id === 'string' ? (definition as { id: string }).id : '(no id)';
  const parsed = claimSchema.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    throw new ClaimDefinitionError(
      `claim '${label}': field '${fieldPath(issue.path)}' ${missing ? 'is missing' : issue.message}`,
    );
  }
  const d = definition as ClaimDefinition<I, ClaimKind> & Record<string, unknown>;
  const fail = (field: string, why: string): never => {
    throw new ClaimDefinitionError(`claim '${d.id}': field '${field}' ${why}`);
  };
  const family = d.id.split('.')[0]!;
  if (d.family !== undefined && d.family !== family) fail('family', `must equal the id's prefix '${family}'`);
  const kind = KINDS[d.kind];
  if (kind.needsPrecision && !d.precision) fail('precision', `is missing (an ${d.kind} needs float32, float64 or exact)`);
  if (d.expect === 'inconclusive' && !d.outOfReach) fail('outOfReach', "is missing (expect 'inconclusive' is only for statements beyond the budgets' reach: say why)");
  if (d.outOfReach && d.expect !== 'inconclusive') fail('expect', "must be 'inconclusive' when outOfReach is set");
  for (const other of Object.values(KINDS)) {
    if (!('spec' in other)) continue;
    if (d.kind === other.name && d[other.name] === undefined) fail(other.name, `is missing (${other.specHint})`);
    if (d.kind !== other.name && d[other.name] !== undefined) fail(other.name, `is only for ${other.name} claims, not ${d.kind}`);
  }
  return Object.freeze({ ...d, family, __claim: true as const }) as unknown as Claim<I>;
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
