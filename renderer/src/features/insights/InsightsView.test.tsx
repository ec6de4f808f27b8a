import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Insights } from '../../../../shared/ipc';
import { renderApp } from '../../test/renderApp';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const insights: Insights = {
  total: 1234,
  pipeline: [
    { stage: 'received', currency: 'EUR', count: 3, value: '48000' },
    { stage: 'won', currency: 'EUR', count: 2, value: '125000.4' },
    { stage: 'won', currency: 'USD', count: 1, value: '9000' },
  ],
  winRate: { won: 3, lost: 1, rate: 0.75 },
  declinedReasons: [{ reason: 'CustomerDidNotRespond', count: 2 }],
  lostReasons: [{ reason: 'BudgetNotAdequate', count: 1 }],
  responseTime: { answered: 5, medianMs: 2 * DAY + 4 * HOUR, p90Ms: 5 * DAY },
  campaigns: [
    { campaignId: 'SPRING-26', count: 4, won: 3, lost: 1, winRate: 0.75, values: [{ currency: 'EUR', value: '173000' }], wonValues: [] },
  ],
};

async function openInsights(name: string) {
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog', { name }, { timeout: 15_000 });
}

const cellsOf = (view: HTMLElement, table: string) =>
  within(view)
    .getAllByRole('row')
    .filter((row) => row.closest('table')?.getAttribute('aria-label') === table)
    .map((row) => row.textContent);

describe('Insights', () => {
  it('shows the numbers with their words and amounts per currency, in English', async () => {
    renderApp({ insights });
    const view = await openInsights('Insights');
    expect(within(view).getByRole('group', { name: 'Deals' }).textContent).toContain('1,234');
    expect(within(view).getByRole('group', { name: 'Win rate' }).textContent).toBe('Win rate75%won: 3, lost: 1');
    expect(cellsOf(view, 'Pipeline by stage and currency')).toEqual([
      'StageCurrencyDealsValue',
      'ReceivedEUR3€48,000',
      'WonEUR2€125,000',
      'WonUSD1$9,000',
    ]);
    expect(cellsOf(view, 'Declined and lost reasons')).toContain('Customer did not respond20');
    expect(cellsOf(view, 'Response time to inbound referrals (received to accepted or declined)')).toEqual([
      'MeasureTime',
      'Median2 days 4 hours',
      '90th percentile5 days',
      'Referrals answered5',
    ]);
    expect(cellsOf(view, 'Deals, win rate and value by marketing campaign')).toContain('SPRING-26475%€173,000—');
  });

  it('speaks Russian: «Аналитика», its filters, tables, percentages and amounts in the Russian format', async () => {
    renderApp({ insights, settings: { language: 'ru' } });
    const view = await openInsights('Аналитика');
    expect(within(view).getByRole('heading', { level: 2, name: 'Аналитика' })).toBeTruthy();
    expect(within(view).getByRole('group', { name: 'Сделки' }).textContent).toBe('Сделки1\u00a0234за период');
    expect(within(view).getByRole('group', { name: 'Доля выигранных' }).textContent).toBe(
      'Доля выигранных75\u00a0%выиграно: 3, проиграно: 1',
    );
    expect(cellsOf(view, 'Воронка по этапам и валютам')).toEqual([
      'ЭтапВалютаСделкиСумма',
      'ПолученоEUR348\u00a0000\u00a0€',
      'ВыиграноEUR2125\u00a0000\u00a0€',
      'ВыиграноUSD19\u00a0000\u00a0$',
    ]);
    expect(cellsOf(view, 'Причины отклонения и проигрыша')).toEqual([
      'ПричинаОтклоненоПроиграно',
      'Бюджета проекта недостаточно01',
      'Клиент не ответил20',
    ]);
    expect(cellsOf(view, 'Время ответа на входящие рекомендации (от получения до принятия или отклонения)')).toEqual([
      'ПоказательВремя',
      'Медиана2 дня 4 часа',
      '90-й процентиль5 дней',
      'Отвечено рекомендаций5',
    ]);
    expect(within(view).getByRole('region', { name: 'Отдача от кампаний (EUR)' })).toBeTruthy();

    // "Both directions" and "all types" are choices, shown in their boxes.
    expect(within(view).getByRole('combobox', { name: 'Направление' }).textContent).toBe('Входящие и исходящие');
    expect(within(view).getByRole('combobox', { name: 'Тип' }).textContent).toBe('Все типы');
    fireEvent.mouseDown(within(view).getByRole('combobox', { name: 'Период' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Последние 30 дней',
      'Последние 90 дней',
      'Последние 12 месяцев',
      'Всё время',
    ]);
    fireEvent.click(screen.getByRole('option', { name: 'Последние 90 дней' }));
    fireEvent.mouseDown(within(view).getByRole('combobox', { name: 'Направление' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Входящие и исходящие', 'Входящие', 'Исходящие']);
    fireEvent.click(screen.getByRole('option', { name: 'Исходящие' }));
    fireEvent.click(within(view).getByRole('button', { name: 'Закрыть аналитику' }));
  });
});
