import { describe, expect, it } from 'vitest';
import { conflictCountText, formatConflictValue } from './conflictValues';

describe('formatConflictValue', () => {
  it("money in the deal's currency, close dates as calendar dates", () => {
    expect(formatConflictValue('details.dealValue', '25000.00', 'USD')).toBe('$25,000.00');
    expect(formatConflictValue('details.dealValue', '25000.00', null)).toBe('25000.00');
    expect(formatConflictValue('details.closingDateTime', '2027-03-31T00:00:00.000Z', null)).toBe('Mar 31, 2027');
  });

  it('people and solutions by name, switches as yes/no, empty in words, long text in full', () => {
    expect(formatConflictValue('team', [{ firstName: 'Ana', lastName: 'Silva', email: 'a@x.com' }, { email: 'bo@x.com' }], null)).toBe(
      'Ana Silva, bo@x.com',
    );
    expect(formatConflictValue('details.requirements.solutions', [{ id: 's1', name: 'Azure Arc' }], null)).toBe('Azure Arc');
    expect(formatConflictValue('team', [], null)).toBe('None');
    expect(formatConflictValue('consent.consentToShareReferralWithMicrosoftSellers', false, null)).toBe('No');
    expect(formatConflictValue('details.notes', '', null)).toBe('Empty');
    expect(formatConflictValue('details.notes', null, null)).toBe('Empty');
    expect(formatConflictValue('details.notes', 'x'.repeat(500), null)).toHaveLength(500);
    expect(formatConflictValue('registration', { number: 'R-1' }, null)).toBe('{"number":"R-1"}');
  });
});

describe('conflictCountText', () => {
  it('agrees in number', () => {
    expect(conflictCountText(1)).toBe('1 conflict needs a decision');
    expect(conflictCountText(2)).toBe('2 conflicts need a decision');
  });
});
