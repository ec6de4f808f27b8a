import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { noFilters, type Filters } from '../../app/workspaceSlice';
import { i18n } from '../../i18n';
import { EmptyState } from './EmptyState';

const show = (filters: Filters) =>
  render(
    <I18nextProvider i18n={i18n}>
      <EmptyState tab="inbound" filtered filters={filters} stages={[]} onClear={() => undefined} />
    </I18nextProvider>,
  );

describe('EmptyState', () => {
  afterEach(() =>
    act(async () => {
      await i18n.changeLanguage('en');
    }),
  );

  it('a reversed close-date range: the filters’ alert says the dates are the wrong way round, so the empty list does not say it again', async () => {
    show({ ...noFilters, closeFrom: '2027-06-01', closeTo: '2026-01-01' });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('No deals in this range');
    expect(status.textContent).not.toContain('wrong way round');

    await act(async () => {
      await i18n.changeLanguage('ru');
    });
    expect(status.textContent).toContain('В этом диапазоне дат сделок нет');
    expect(status.textContent).not.toContain('перепутаны');
  });

  it('a range the right way round still says which filters hide everything', () => {
    show({ ...noFilters, closeFrom: '2026-01-01', closeTo: '2027-06-01' });
    expect(screen.getByRole('status').textContent).toMatch(/^No deals match closing between/);
  });
});
