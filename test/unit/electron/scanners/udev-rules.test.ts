import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES = path.join(import.meta.dirname, '..', '..', '..', '..', 'build', 'udev', '60-kiosk-scanners.rules');
const MATCH_KEYS = new Set(['SUBSYSTEM', 'KERNEL', 'ATTRS{idVendor}', 'ATTRS{idProduct}']);
const ASSIGN_KEYS = new Set(['MODE', 'GROUP', 'TAG', 'SYMLINK', 'ENV{LIBINPUT_IGNORE_DEVICE}']);
const PAIR = /^([A-Z]+(?:\{[A-Za-z_]+\})?)(==|!=|=|\+=)"([^"]*)"$/;

function rules(includeCommentedOut: boolean): string[] {
  return fs
    .readFileSync(RULES, 'utf8')
    .split('\n')
    .map((line) => (includeCommentedOut && /^#[A-Z]/.test(line) ? line.slice(1) : line))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

describe('the udev rule for scanners', () => {
  it('is well-formed: match keys compare, assignment keys assign, every value quoted', () => {
    for (const rule of rules(true)) {
      const pairs = rule.split(', ').map((pair) => PAIR.exec(pair));
      expect(pairs.every(Boolean), rule).toBe(true);
      for (const [, key, op, value] of pairs as RegExpExecArray[]) {
        if (MATCH_KEYS.has(key!)) expect(op, rule).toBe('==');
        else expect(ASSIGN_KEYS.has(key!), `${key} in ${rule}`).toBe(true);
        if (key!.startsWith('ATTRS{id')) expect(value, rule).toMatch(/^[0-9a-f]{4}$/);
        if (key === 'MODE') expect(value).toBe('0660');
      }
    }
  });

  it('gives the kiosk hidraw scanners and a stable serial name, for the same vendors', () => {
    const vendors = (subsystem: string) =>
      rules(false)
        .filter((r) => r.startsWith(`SUBSYSTEM=="${subsystem}"`))
        .map((r) => /idVendor}=="([0-9a-f]{4})"/.exec(r)?.[1]);
    expect(vendors('hidraw').length).toBeGreaterThan(0);
    expect(vendors('tty')).toEqual(vendors('hidraw'));
    for (const rule of rules(false)) expect(rule).toContain('TAG+="uaccess"');
    for (const rule of rules(false).filter((r) => r.includes('"tty"'))) expect(rule).toContain('SYMLINK+="kiosk-scanner"');
  });
});
