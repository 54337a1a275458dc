import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SYNTHETIC_SEED,
  MAX_SYNTHETIC_SIZE,
  MIN_SYNTHETIC_SIZE,
  readSyntheticParams,
} from '../../../src/domain/synthetic/synthetic-params';

describe('readSyntheticParams', () => {
  it('reads size, seed and plan', () => {
    expect(readSyntheticParams('?plan=pro&synthetic=1000&seed=7')).toEqual({
      plan: 'pro',
      size: 1000,
      seed: 7,
    });
  });

  it('defaults to seed 1 and, as the app does, to Starter', () => {
    expect(readSyntheticParams('?synthetic=10')).toEqual({
      plan: 'starter',
      size: 10,
      seed: DEFAULT_SYNTHETIC_SEED,
    });
    expect(readSyntheticParams('?plan=other&synthetic=10')?.plan).toBe('starter');
  });

  it('falls back to the default seed when the seed is not a whole number below 2^32', () => {
    for (const seed of ['x', '-3', '1.5', '', '4294967296']) {
      expect(readSyntheticParams(`?synthetic=10&seed=${seed}`)?.seed).toBe(1);
    }
    expect(readSyntheticParams('?synthetic=10&seed=4294967295')?.seed).toBe(4294967295);
  });

  it('accepts sizes from the smallest to the largest', () => {
    expect(readSyntheticParams(`?synthetic=${MIN_SYNTHETIC_SIZE}`)?.size).toBe(MIN_SYNTHETIC_SIZE);
    expect(readSyntheticParams(`?synthetic=${MAX_SYNTHETIC_SIZE}`)?.size).toBe(MAX_SYNTHETIC_SIZE);
  });

  it.each([
    ['absent', '?plan=pro'],
    ['empty', '?synthetic='],
    ['not a number', '?synthetic=many'],
    ['negative', '?synthetic=-10'],
    ['fractional', '?synthetic=10.5'],
    ['in exponent form', '?synthetic=1e3'],
    ['below the smallest', `?synthetic=${MIN_SYNTHETIC_SIZE - 1}`],
    ['above the largest', `?synthetic=${MAX_SYNTHETIC_SIZE + 1}`],
    ['far too large', '?synthetic=99999999999999'],
  ])('is null when the size is %s', (_, search) => {
    expect(readSyntheticParams(search)).toBeNull();
  });
});
