import { describe, expect, it } from 'vitest';
import { isAncestor, mergeBase } from '../../../src/domain/git/commit-graph';
import { commitGraph } from '../builders';

// a ─ b ─ d ─ m
//  ╲ c ─────╱
const forked = commitGraph({ a: [], b: ['a'], c: ['a'], d: ['b'], m: ['d', 'c'] });

describe('isAncestor', () => {
  it('finds a commit behind another through first parents', () => {
    expect(isAncestor(forked, 'a', 'd')).toBe(true);
    expect(isAncestor(forked, 'b', 'd')).toBe(true);
  });

  it('finds a commit reached only through the second parent of a merge', () => {
    expect(isAncestor(forked, 'c', 'm')).toBe(true);
  });

  it('counts a commit as its own ancestor', () => {
    expect(isAncestor(forked, 'd', 'd')).toBe(true);
  });

  it('says no for a descendant or a commit on another line', () => {
    expect(isAncestor(forked, 'd', 'b')).toBe(false);
    expect(isAncestor(forked, 'c', 'd')).toBe(false);
  });
});

describe('mergeBase', () => {
  it('is the fork point of two lines', () => {
    expect(mergeBase(forked, 'd', 'c')).toBe('a');
    expect(mergeBase(forked, 'c', 'd')).toBe('a');
  });

  it('is the older commit when one contains the other', () => {
    expect(mergeBase(forked, 'b', 'm')).toBe('b');
    expect(mergeBase(forked, 'm', 'c')).toBe('c');
  });

  it('picks the newest best ancestor of a criss-cross merge', () => {
    // x and y each merged the other's line: both are best common ancestors of p and q.
    const crissCross = commitGraph({
      r: [],
      x: ['r'],
      y: ['r'],
      p: ['x', 'y'],
      q: ['y', 'x'],
    });
    expect(mergeBase(crissCross, 'p', 'q')).toBe('y');
  });

  it('is null for unrelated histories', () => {
    const unrelated = commitGraph({ a: [], b: [] });
    expect(mergeBase(unrelated, 'a', 'b')).toBeNull();
  });
});
