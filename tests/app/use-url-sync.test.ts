import { describe, expect, it } from 'vitest';
import { readUrlState, urlSearchFor } from '../../src/app/use-url-sync';

describe('url state', () => {
  it('reads plan, environment and rules from a deep link', () => {
    expect(readUrlState('?plan=pro&env=staging')).toEqual({
      plan: 'pro',
      env: 'staging',
      edition: '2.1',
    });
    expect(readUrlState('?plan=pro-legacy&rules=today')).toEqual({
      plan: 'pro-legacy',
      env: null,
      edition: 'today',
    });
  });

  it('falls back to Starter and the 2.1 rules with no selection', () => {
    expect(readUrlState('')).toEqual({ plan: 'starter', env: null, edition: '2.1' });
    expect(readUrlState('?plan=enterprise&env=&rules=2030')).toEqual({
      plan: 'starter',
      env: null,
      edition: '2.1',
    });
  });

  it('writes the view and keeps other parameters; the 2.1 rules leave rules out', () => {
    expect(
      urlSearchFor({ plan: 'pro', env: 'production', edition: '2.1' }, '?synthetic=10&env=x'),
    ).toBe('?synthetic=10&env=production&plan=pro');
    expect(
      urlSearchFor({ plan: 'starter', env: null, edition: 'today' }, '?plan=pro&env=staging'),
    ).toBe('?plan=starter&rules=today');
    expect(urlSearchFor({ plan: 'starter', env: null, edition: '2.1' }, '?rules=today')).toBe(
      '?plan=starter',
    );
  });
});
