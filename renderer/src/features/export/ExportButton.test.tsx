import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { received } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

const three = [received({ id: 'r1', name: 'Alpha' }), received({ id: 'r2', name: 'Beta' }), received({ id: 'r3', name: 'Gamma' })];

describe('Export CSV', () => {
  it('exports the view and says how many deals went into which file', async () => {
    const { fake } = renderApp({ referrals: three });
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exported 3 deals to co-sell-inbound.csv.')).toBeTruthy();
    expect(fake.callsTo('export:csv')).toEqual([
      expect.objectContaining({ language: 'en', query: expect.objectContaining({ tab: 'inbound' }) }),
    ]);
  });

  it('speaks Russian: «Экспорт в CSV», a file in Russian, and the count with its Russian plural', async () => {
    const { fake } = renderApp({ referrals: three, settings: { language: 'ru' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Экспорт в CSV' }));
    expect(await screen.findByText('В файл co-sell-inbound.csv выгружены 3 сделки.')).toBeTruthy();
    expect(fake.callsTo('export:csv')).toEqual([expect.objectContaining({ language: 'ru' })]);
  });
});
