import { describe, expect, it } from 'vitest';
import { readUrlState, urlSearchFor } from '../../src/app/use-url-sync';

describe('url state', () => {
  it('reads plan and environment from a deep link', () => {
    expect(readUrlState('?plan=pro&env=staging')).toEqual({ plan: 'pro', env: 'staging' });
  });

  it('falls back to Starter with no selection', () => {
    expect(readUrlState('')).toEqual({ plan: 'starter', env: null });
    expect(readUrlState('?plan=enterprise&env=')).toEqual({ plan: 'starter', env: null });
  });

  it('writes the view and keeps other parameters', () => {
    expect(urlSearchFor({ plan: 'pro', env: 'production' }, '?synthetic=10&env=x')).toBe(
      '?synthetic=10&env=production&plan=pro',
    );
    expect(urlSearchFor({ plan: 'starter', env: null }, '?plan=pro&env=staging')).toBe(
      '?plan=starter',
    );
  });
});
