import { ClaimcheckError } from '../tensor/errors.ts';

export { ClaimcheckError };

/** A claim file defines a claim that breaks the contract (DESIGN.md, "A claim"). */
export class ClaimDefinitionError extends ClaimcheckError {
  override name = 'ClaimDefinitionError';
}

/** An id, filter or file names no claim. */
export class UnknownClaimError extends ClaimcheckError {
  override name = 'UnknownClaimError';
}

/** A CLI flag or environment variable has a value claimcheck cannot use. */
export class BadOptionError extends ClaimcheckError {
  override name = 'BadOptionError';
}

/** A computation produced NaN or ±Inf: the claim's verdict is `error`, never `supported`. */
export class NonFiniteError extends ClaimcheckError {
  override name = 'NonFiniteError';
}
