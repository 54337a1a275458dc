import { describe, expect, it } from 'vitest';
import {
  mulberry32,
  pickOne,
  randomInt,
} from '../../../src/domain/synthetic/generate-synthetic-project';

function draws(seed: number, count: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => random());
}

describe('mulberry32', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    expect(draws(7, 50)).toEqual(draws(7, 50));
    expect(draws(8, 50)).not.toEqual(draws(7, 50));
  });

  it('stays within [0, 1) and spreads over it', () => {
    const values = draws(1, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('draws whole numbers within both bounds, and items of a list', () => {
    const random = mulberry32(3);
    const ints = new Set(Array.from({ length: 500 }, () => randomInt(random, 3, 6)));
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
    expect(['a', 'b']).toContain(pickOne(random, ['a', 'b']));
    expect(() => pickOne(random, [])).toThrow();
  });
});
