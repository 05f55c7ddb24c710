import { describe, expect, it } from 'vitest';
import type { ListProceduresInput, ProcedureSummary } from '../../../../shared/contract/index.ts';
import { LIST_CHUNK, byVietnameseName, sortFields, wholeField } from '../../../../renderer/procedures/catalogue-order.ts';

describe('Vietnamese alphabetical order', () => {
  it('puts Đ after D, not after Z, and reads tones as the same letter', () => {
    const fields = ['Đất đai', 'Hộ tịch', 'Chứng thực', 'Cấp, quản lý căn cước', 'Dân tộc', 'Xây dựng'].map((name) => ({ name, count: 1 }));
    expect(sortFields(fields).map((f) => f.name)).toEqual(['Cấp, quản lý căn cước', 'Chứng thực', 'Dân tộc', 'Đất đai', 'Hộ tịch', 'Xây dựng']);
  });

  it('orders a, ă, â and e, ê as the alphabet does', () => {
    expect(byVietnameseName(['ê', 'â', 'e', 'ă', 'a'].map((name) => ({ name }))).map((x) => x.name)).toEqual(['a', 'ă', 'â', 'e', 'ê']);
  });

  it('compares numbers in names as numbers', () => {
    expect(byVietnameseName([{ name: 'Mẫu 10' }, { name: 'Mẫu 9' }]).map((x) => x.name)).toEqual(['Mẫu 9', 'Mẫu 10']);
  });
});

describe('a field’s whole list', () => {
  const summary = (i: number): ProcedureSummary => ({ code: `1.${String(i).padStart(6, '0')}`, name: `Thủ tục ${i}`, fieldName: 'Đất đai', levels: [] });

  it('is read in the contract’s largest pages until the total, then sorted', async () => {
    const all = Array.from({ length: LIST_CHUNK + 7 }, (_, i) => summary(i));
    const asked: ListProceduresInput[] = [];
    const list = async (input: ListProceduresInput) => {
      asked.push(input);
      return { procedures: all.slice(input.offset, input.offset + input.limit), total: all.length };
    };
    const procedures = await wholeField(list, 'Đất đai');
    expect(procedures).toHaveLength(all.length);
    expect(asked).toEqual([
      { field: 'Đất đai', offset: 0, limit: LIST_CHUNK },
      { field: 'Đất đai', offset: LIST_CHUNK, limit: LIST_CHUNK },
    ]);
    expect(procedures[0]!.name).toBe('Thủ tục 0');
    expect(procedures[2]!.name).toBe('Thủ tục 2');
    expect(procedures.at(-1)!.name).toBe(`Thủ tục ${LIST_CHUNK + 6}`);
  });

  it('stops when a page comes back empty, even if the total said more (the catalogue changed meanwhile)', async () => {
    let calls = 0;
    const list = async () => {
      calls++;
      return { procedures: calls === 1 ? [summary(1)] : [], total: 3 };
    };
    expect(await wholeField(list, 'Đất đai')).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
