/**
 * The one number formatter: verdict reasons (src/claims) and every report (src/report) print
 * numbers through these, so a number reads the same in the terminal, the JSON reason and the HTML.
 */

/**
 * A number for a reader: integers exactly (seeds and sizes must be copyable), others with
 * `digits` significant digits, in exponent form below 10⁻³ and from 10⁶ on.
 */
export function formatNumber(n: number, digits = 4): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e10) return String(n); // 32-bit seeds stay whole
  const a = Math.abs(n);
  if (a < 1e-3 || a >= 1e6) return n.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return String(Number(n.toPrecision(digits)));
}

/** lhs/rhs near the bound keeps enough digits to tell 0.99996 from an equality case. */
export function formatRatio(r: number): string {
  return Number.isFinite(r) && Math.abs(r - 1) < 1e-3 && r !== 1 ? String(Number(r.toPrecision(7))) : formatNumber(r);
}

/** A confidence level as a percentage that never rounds a Bonferroni level up to 100%. */
export function formatPercent(level: number): string {
  if (!Number.isFinite(level)) return '?';
  const p = level * 100;
  return `${p >= 99.995 ? p.toPrecision(6).replace(/0+$/, '') : Number(p.toFixed(2))}%`;
}

/**
 * Numbers that a sentence compares ("lhs a > rhs b by e (allowed t)"), each with
 * `digits` significant digits or more: as many as it takes for every pair that differs to
 * print differently (up to 17, where every double prints exactly). At 4 digits
 * 2.22508e-308 and 2.22507e-308 both print 2.225e-308, and "2.225e-308 > 2.225e-308" reads
 * as a contradiction.
 */
export function formatApart(values: readonly number[], digits = 4): string[] {
  for (let d = digits; d < 17; d++) {
    const shown = values.map((v) => formatNumber(v, d));
    let apart = true;
    for (let i = 0; i < values.length && apart; i++)
      for (let j = i + 1; j < values.length; j++)
        if (values[i] !== values[j] && shown[i] === shown[j]) {
          apart = false;
          break;
        }
    if (apart) return shown;
  }
  return values.map((v) => formatNumber(v, 17));
}

/** How many times the allowance a discrepancy is (`1.00004×`), never rounded to 1 when it is above it. */
export function formatExcess(excess: number): string {
  if (!Number.isFinite(excess)) return String(excess);
  if (excess > 1 && excess < 1.001) return `${formatApart([excess, 1])[0]}×`;
  return `${formatNumber(excess, 3)}×`;
}
