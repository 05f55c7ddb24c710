import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, isVersion } from '../../../../electron/updates/version-order.ts';

describe('compareVersions', () => {
  it.each([
    ['0.1.0', '0.1.1', -1],
    ['0.2.0', '0.10.0', -1],
    ['1.0.0', '0.99.99', 1],
    ['1.2.3', 'v1.2.3', 0],
    ['1.2.3-beta.1', '1.2.3', -1],
    ['1.2.3-alpha', '1.2.3-beta', -1],
    ['1.2.3-beta.2', '1.2.3-beta.11', -1],
    ['1.2.3-1', '1.2.3-alpha', -1],
    ['1.2.3+build.5', '1.2.3', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });

  it('throws on what is not a version', () => {
    expect(isVersion('1.2')).toBe(false);
    expect(() => compareVersions('1.2', '1.2.0')).toThrow(/Not a version/);
  });

  it('is a total order on release versions (antisymmetric, transitive)', () => {
    const version = fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50)).map(([a, b, c]) => `${a}.${b}.${c}`);
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)) || 0);
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
