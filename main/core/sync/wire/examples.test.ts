import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageOf } from '../../../../shared/domain';
import { toDomain } from './toDomain';

/** Microsoft's documented payloads (docs/partner-center-api.md), copied verbatim into test/fixtures. */
const dir = join(__dirname, '../../../../test/fixtures/partner-center');
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const recordsOf = (doc: unknown): unknown[] =>
  typeof doc === 'object' && doc !== null && Array.isArray((doc as { value?: unknown }).value)
    ? (doc as { value: unknown[] }).value
    : [doc];

const readAll = (name: string) =>
  recordsOf(load(name)).map((raw) => {
    const m = toDomain(raw);
    if (!m.ok) throw new Error(`${name}: ${m.id ?? '?'} skipped: ${m.details}`);
    return m.referral;
  });

describe('Microsoft documented examples', () => {
  const responses = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('request'));

  it.each(responses)('%s is read without a skipped record', (name) => {
    expect(readAll(name).length).toBeGreaterThan(0);
  });

  it('the 2020 list: direction Incoming lands in Inbound, Received stage, with value, currency and solutions (no eTag, team or consent)', () => {
    const [r] = readAll('list-referrals-response-2020.json');
    expect(r).toMatchObject({
      id: 'c5fbb3b6-be74-4795-9fb5-4324c73fed37',
      direction: 'inbound',
      status: 'New',
      substatus: 'Pending',
      customerProfile: { name: 'Fabrikam Customer Inc', address: { city: 'Redmond', country: 'US' } },
      details: { dealValue: '10000', currency: 'USD', closingDateTime: '2020-12-01T00:00:00.000Z' },
      team: [],
      eTag: '',
      consent: { consentToShareReferralWithMicrosoftSellers: true },
      updatedDateTime: '2020-10-30T21:03:00.000Z',
    });
    expect(stageOf(r!.status)).toBe('received');
    expect(r!.details.requirements.solutions).toEqual([
      { id: 'SOL-Microsoft365', name: 'Microsoft365', publisher: 'Microsoft', kind: 'microsoft', registrationEligible: false },
    ]);
  });

  it('the 2019 list: no direction, invited by Microsoft → inbound; ids {} → no D-U-N-S; 7 fractional digits read', () => {
    const [first, second] = readAll('list-referrals-response-2019.json');
    expect(first).toMatchObject({ direction: 'inbound', customerProfile: { ids: {} }, createdDateTime: '2018-10-30T21:03:42.457Z' });
    // No value, no currency, no name in the document: 0 USD under the customer's name, never a skipped record.
    expect(first).toMatchObject({ name: 'Fabrikam Customer Inc', details: { dealValue: '0', currency: 'USD' } });
    expect(second).toMatchObject({ direction: 'inbound', senderName: 'Microsoft', details: { dealValue: '50000', currency: 'USD' } });
    expect(second!.details.requirements.solutions.map((s) => s.name)).toEqual(['Dynamics 365 for Field Service']);
  });

  it('get by id: the list form of ids gives the D-U-N-S; team and customer contacts come through', () => {
    const [r] = readAll('get-referral-by-id-response.json');
    expect(r!.customerProfile.ids.duns).toBe('795986822');
    expect(r!.customerProfile.team.map((c) => c.email)).toEqual(['alex.sample@contoso.example', 'jamie.placeholder@contoso.example']);
    expect(r!.team).toEqual([
      { firstName: 'Chris', lastName: 'Fakename', phoneNumber: '555-0102', email: 'chris.fakename@microsoft.example' },
    ]);
    expect(r!.customerProfile.address).toMatchObject({ addressLine1: 'One Microsoft Way, 34', region: 'WA', postalCode: '98052' });
    expect(r!.eTag).toBe('"2500ec5a-0000-0000-0000-5bf4967d0000"');
  });

  it('create answer: Active/Accepted with its eTag; a statusReason on an open deal is not a close reason', () => {
    const [r] = readAll('create-referral-response.json');
    expect(r).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      name: 'Test Cosell Invite_20',
      eTag: '"00006d10-0000-0000-0000-5c70aa630000"',
    });
    expect(stageOf(r!.status)).toBe('accepted');
    expect(r!.statusReason).toBeUndefined();
  });
});

describe('records that cannot be mapped', () => {
  const good = load('get-referral-by-id-response.json') as Record<string, unknown>;

  it('no id, or an unknown status, is refused with the reason', () => {
    const noId = toDomain({ ...good, id: undefined });
    expect(noId).toMatchObject({ ok: false, id: null });
    const unknown = toDomain({ ...good, status: 'Archived' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.details).toMatch(/status/);
  });

  it('dealValue as a numeric string keeps its decimals exactly; Lost with a label reads the reason', () => {
    const m = toDomain({
      ...good,
      status: 'Closed',
      substatus: 'Lost',
      statusReason: 'customer chose another vendor',
      details: { ...(good.details as object), dealValue: '12345678901.25' },
    });
    expect(m.ok && m.referral).toMatchObject({
      statusReason: 'CustomerChoseAnotherVendor',
      statusReasonNotes: '',
      details: { dealValue: '12345678901.25' },
    });
    const other = toDomain({ ...good, status: 'Closed', substatus: 'Declined', statusReason: 'Why was the referral lost? Budget moved.' });
    expect(other.ok && other.referral).toMatchObject({
      statusReason: 'Others',
      statusReasonNotes: 'Why was the referral lost? Budget moved.',
    });
  });
});
