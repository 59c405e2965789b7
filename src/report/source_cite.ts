import type { ClaimSource } from '../claims/claim_schema.ts';

/**
 * Where a claim's quoted words are, as a reviewer looks them up: `seed 001, slide "Two layer
 * network", line 412`. A seed file (`001_08cb02c438334e9c.txt` in shared/seeds) is named by
 * its number; any other document by its own name. One phrasing for the card, the findings,
 * the terminal and JUnit.
 */
export function citeSource(source: Partial<ClaimSource> | undefined): string {
  if (!source) return '';
  const parts = [docName(source.doc ?? ''), source.where ?? ''].filter((p) => p !== '');
  if (source.line !== undefined) parts.push(`line ${source.line}`);
  return parts.join(', ');
}

/** `seed 001` for a seed file, else the document as cited. */
export function docName(doc: string): string {
  const seed = /^(\d{3})_[0-9a-f]{8,}\.txt$/.exec(doc.trim());
  return seed ? `seed ${seed[1]}` : doc.trim();
}
