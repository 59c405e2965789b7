import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claims/result.ts';
import { limitReason, runWithin, TimeLimitError } from '../../src/claims/time_limit.ts';

const result = (reason: string) => ({ id: 'paper.x', verdict: 'error', reason }) as unknown as ClaimResult;

describe('a claim time limit', () => {
  it('says which limit and which instance, in one line', () => {
    expect(limitReason(3000, 4)).toBe('exceeded its 3 s limit while checking instance 4');
    expect(limitReason(1500, 0)).toBe('exceeded its 1.5 s limit before checking its first instance');
  });

  it('ends a claim awaiting a promise that never settles at its limit', async () => {
    const started = Date.now();
    const r = await runWithin(300, undefined, result, async (limit) => {
      limit.nextInstance();
      limit.nextInstance();
      return new Promise<never>(() => {});
    });
    expect(r.reason).toBe('exceeded its 0.3 s limit while checking instance 2');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops a claim at its next instance once past the limit, and says the run was out of time', async () => {
    const r = await runWithin(100, undefined, result, async (limit) => {
      limit.nextInstance();
      const end = Date.now() + 150;
      while (Date.now() < end); // one slow instance, synchronous: the race cannot end it
      expect(() => limit.nextInstance()).toThrow(TimeLimitError);
      return result(limit.exceeded() ?? 'in time');
    });
    expect(r.reason).toBe('exceeded its 0.1 s limit while checking instance 1');
  });

  it('leaves a claim that finishes in time alone', async () => {
    const r = await runWithin(5000, undefined, result, async (limit) => {
      for (let i = 0; i < 3; i++) limit.nextInstance();
      return result(limit.exceeded() ?? 'in time');
    });
    expect(r.reason).toBe('in time');
  });
});
