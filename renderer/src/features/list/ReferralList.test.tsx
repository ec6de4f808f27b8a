import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accepted, archived, outbound, received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';

describe('ReferralList', () => {
  it('renders deal rows with value, type, stage and expiry', async () => {
    renderApp({ referrals: [received({ name: 'Contoso rollout', details: { ...received().details, dealValue: '1200.5', currency: 'EUR' } })] });
    const row = await findRow('Contoso rollout');
    expect(row.getAttribute('data-testid')).toBe('deal-row');
    expect(within(row).getByText('€1,200.50')).toBeTruthy();
    expect(within(row).getByText('Co-sell')).toBeTruthy();
    expect(within(row).getByText('Received')).toBeTruthy();
    expect(within(row).getByText(/^\dd \d+h left$/)).toBeTruthy();
  });
});
