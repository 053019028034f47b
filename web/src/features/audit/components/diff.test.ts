import { describe, expect, it } from 'vitest';
import { changedFields, displayValue } from './diff.ts';

describe('changedFields', () => {
  it('lists only the fields whose value changed', () => {
    const before = { id: 'o1', name: 'Falu kommun', kind: 'kommun', isActive: true, updatedAt: '2026-01-01' };
    const after = { id: 'o1', name: 'Falu kommun', kind: 'kommun', isActive: false, updatedAt: '2026-02-01' };
    expect(changedFields(before, after)).toEqual([{ field: 'isActive', before: true, after: false }]);
  });

  it('treats a creation as every field going from nothing to its value', () => {
    expect(changedFields(null, { name: 'Mora kommun', municipalityCode: '2062' })).toEqual([
      { field: 'name', before: undefined, after: 'Mora kommun' },
      { field: 'municipalityCode', before: undefined, after: '2062' },
    ]);
  });

  it('compares nested values by content', () => {
    expect(changedFields({ members: ['a', 'b'] }, { members: ['a', 'b'] })).toEqual([]);
    expect(changedFields({ members: ['a', 'b'] }, { members: ['b', 'a'] })).toHaveLength(1);
  });
});

const words = { yes: 'Ja', no: 'Nej' };

describe('displayValue', () => {
  it('shows nothing for empty values', () => {
    expect(displayValue(null, words)).toBeUndefined();
    expect(displayValue('', words)).toBeUndefined();
  });

  it('joins lists by the names of their entries', () => {
    expect(displayValue(['Region Dalarna', 'Falu kommun'], words)).toBe('Region Dalarna, Falu kommun');
    expect(displayValue([{ organizationId: 'o1', name: 'Region Dalarna', position: 1 }], words)).toBe('Region Dalarna');
    expect(displayValue([{ forumId: 'f1', forumName: 'Välfärdsrådet', role: 'reader' }], words)).toBe('Välfärdsrådet');
  });

  it('writes other objects compactly and booleans as words', () => {
    expect(displayValue({ forumId: 'f1', role: 'reader' }, words)).toBe('{ "forumId": "f1", "role": "reader" }');
    expect(displayValue(false, words)).toBe('Nej');
  });
});
