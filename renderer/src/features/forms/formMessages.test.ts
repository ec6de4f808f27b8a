import type { FieldPath } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { fieldMessage, firstMessage, setServerErrors } from './formMessages';

type Form = { edits: { name: string; notes: string }; team: { email: string }[] };
const values: Form = { edits: { name: 'Adatum', notes: '' }, team: [{ email: 'ada@partner.example' }] };

function formSpy() {
  const set: [FieldPath<Form>, string | undefined][] = [];
  return {
    set,
    form: { getValues: () => values, setError: (path: FieldPath<Form>, e: { message?: string }) => set.push([path, e.message]) },
  };
}

describe('setServerErrors', () => {
  it("puts main's messages on the form's fields: the path after the prefix is the form's", () => {
    const { set, form } = formSpy();
    const error = {
      code: 'BAD_INPUT',
      message: 'That CRM ID is taken.',
      fields: { 'action.edits.name': 'Deal name is required', 'action.team.0.email': 'Already on the team' },
    };
    expect(setServerErrors(form as never, error, 'action.')).toEqual(['edits.name', 'team.0.email']);
    expect(set).toEqual([
      ['edits.name', 'Deal name is required'],
      ['team.0.email', 'Already on the team'],
    ]);
  });

  it('leaves out paths the form holds no value at, and fields of another prefix, for the message above the form', () => {
    const { set, form } = formSpy();
    const error = {
      code: 'BAD_INPUT',
      message: 'x',
      fields: { 'action.addTeam.3.email': 'x', 'action.edits.colour': 'x', 'deal.name': 'x' },
    };
    expect(setServerErrors(form as never, error, 'action.')).toEqual([]);
    expect(set).toEqual([]);
    expect(setServerErrors(form as never, new Error('socket closed'), 'action.')).toEqual([]);
  });
});

describe('field messages', () => {
  it("finds a group's first message, and says an empty field's in plain words", () => {
    expect(firstMessage({ message: 'Deal name is required', type: 'too_small' })).toBe('Deal name is required');
    expect(firstMessage([undefined, { email: { message: 'Enter an email address like name@example.com' } }])).toBe(
      'Enter an email address like name@example.com',
    );
    expect(firstMessage(undefined)).toBeUndefined();
    const invalidDate = { message: 'Enter a valid date and time' };
    expect(fieldMessage(invalidDate, '', 'Choose the end date')).toBe('Choose the end date');
    expect(fieldMessage(invalidDate, '2027-13-01', 'Choose the end date')).toBe('Enter a valid date and time');
    expect(fieldMessage(undefined, '', 'Choose the end date')).toBeUndefined();
  });
});
