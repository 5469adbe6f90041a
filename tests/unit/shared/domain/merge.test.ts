import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '@shared/domain/merge';

const base = { id: 'a', title: 'Printer jams', room: '101', status: 'assigned', number: 10001, updatedAt: '2026-11-23T08:00:00.000Z' };
const at = (minute: number) => `2026-11-23T08:${String(minute).padStart(2, '0')}:00.000Z`;

describe('three-way merge of a local edit with the server copy', () => {
  it.each([
    ['fields changed on one side each both survive', { title: 'Printer jams daily', updatedAt: at(5) }, { room: '204', updatedAt: at(3) }, { title: 'Printer jams daily', room: '204' }, []],
    ['the same field changed on both sides: my later edit wins', { room: '301', updatedAt: at(9) }, { room: '204', updatedAt: at(3) }, { room: '301' }, []],
    ['the same field changed on both sides: their later edit wins and mine is reported', { room: '301', updatedAt: at(2) }, { room: '204', updatedAt: at(3) }, { room: '204' }, [{ field: 'room', mine: '301', kept: '204' }]],
    ['a stale edit never reopens a closed work order', { status: 'in-progress', updatedAt: at(9) }, { status: 'closed', updatedAt: at(3) }, { status: 'closed' }, [{ field: 'status', mine: 'in-progress', kept: 'closed' }]],
  ])('%s', (_, mine, theirs, expected, overridden) => {
    const result = mergeThreeWay(base, { ...base, ...mine }, { ...base, ...theirs });
    expect(result.merged).toMatchObject(expected);
    expect(result.overridden).toEqual(overridden);
  });

  it('reports the value of theirs that my later edit replaced', () => {
    const { merged, replaced } = mergeThreeWay(base, { ...base, room: '301', updatedAt: at(9) }, { ...base, room: '204', updatedAt: at(3) });
    expect(merged.room).toBe('301');
    expect(replaced).toEqual([{ field: 'room', mine: '301', kept: '204' }]);
  });

  it('keeps server-owned fields from the server', () => {
    const { merged } = mergeThreeWay(base, { ...base, number: 1, title: 'x', updatedAt: at(9) }, { ...base, number: 10001, updatedAt: at(1) }, ['number']);
    expect(merged).toMatchObject({ number: 10001, title: 'x', updatedAt: at(9) });
  });

  it.each([
    ['my later value wins, and the value of theirs it replaced is reported', at(9), at(1), '9', { replaced: [{ field: 'room', mine: '9', kept: '204' }], overridden: [] }],
    ['their later value wins, and mine is reported', at(1), at(9), '204', { replaced: [], overridden: [{ field: 'room', mine: '9', kept: '204' }] }],
  ])('with no base (a change pending from an older version), a field both sides hold differently is a conflict: %s', (_, mineAt, theirsAt, room, losses) => {
    const { merged, overridden, replaced } = mergeThreeWay(null, { ...base, room: '9', updatedAt: mineAt }, { ...base, room: '204', updatedAt: theirsAt });
    expect(merged.room).toBe(room);
    expect({ replaced, overridden }).toEqual(losses);
  });

  it('with no base, a field only one side holds is kept from that side', () => {
    const { merged, overridden, replaced } = mergeThreeWay(null, { ...base, holdReason: 'scheduled', updatedAt: at(1) }, { ...base, assetId: 'a-1', updatedAt: at(9) });
    expect(merged).toMatchObject({ holdReason: 'scheduled', assetId: 'a-1' });
    expect([...overridden, ...replaced]).toEqual([]);
  });
});
