import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../district-sim/byte-writer.ts';

describe('ByteWriter', () => {
  it('writes any instant as the ISO text Date would give, without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_799 }), (seconds) => {
        const w = new ByteWriter(16);
        w.isoUtc(seconds, Buffer.from('"at":'));
        expect(w.toString()).toBe(`"at":"${new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')}"`);
      }),
    );
  });

  it('grows as it writes and keeps text, numbers and fragments in order', () => {
    const w = new ByteWriter(4);
    w.ascii('{"n":').uint(7).ascii(',"m":').uint(1234567).ascii(',"t":').text('Bộ phận Một cửa "A"').bytes(Buffer.from('}'));
    expect(JSON.parse(w.toString())).toEqual({ n: 7, m: 1234567, t: 'Bộ phận Một cửa "A"' });
    expect(w.size).toBe(Buffer.byteLength(w.toString()));
  });
});
