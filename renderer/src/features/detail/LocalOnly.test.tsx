import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { accepted, catalog, received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';

// What Partner Center's contract cannot carry is kept on this computer, and said where the seller changes it.
const DAY = 24 * 3600_000;
const NAME_NOTE = 'A new name is kept on this computer only: Partner Center keeps the original one.';
const FAVORITE_NOTE = 'Favorites are kept on this computer only; Partner Center does not get them.';
const REGISTRATION_NOTE = 'Registration details are kept on this computer only; they are not sent to Partner Center.';

async function openDeal(name: string) {
  fireEvent.click(await findRow(name));
  const panel = await screen.findByTestId('deal-detail');
  await within(panel).findByRole('heading', { level: 2, name });
  return panel;
}

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('kept on this computer, said in plain words', () => {
  it('Edit deal says under the name that a new name stays on this computer, in English and in Russian', async () => {
    renderApp({ referrals: [accepted({ id: 'n1', name: 'Renamable' })] });
    const panel = await openDeal('Renamable');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit deal' });
    const name = within(dialog).getByRole('textbox', { name: /Deal name/ });
    const described = name.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described)?.textContent).toBe(NAME_NOTE);

    await act(() => i18n.changeLanguage('ru'));
    expect(
      within(dialog).getByText('Новое название сохраняется только на этом компьютере: в Partner Center остаётся исходное.'),
    ).toBeTruthy();
  });

  it('Accept (which may rename the referral) says the same under the name', async () => {
    renderApp({ referrals: [received({ id: 'n2', name: 'Incoming' })] });
    const panel = await openDeal('Incoming');
    fireEvent.click(within(panel).getByRole('button', { name: /^Accept$/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept referral' });
    expect(within(dialog).getByText(NAME_NOTE)).toBeTruthy();
  });

  it("the deal's heart says favorites stay on this computer (a tooltip that describes the button); an empty Favorites tab says it too", async () => {
    renderApp({ referrals: [accepted({ id: 'f1', name: 'Hearted' })] });
    const panel = await openDeal('Hearted');
    const heart = within(panel).getByRole('button', { name: 'Add to favorites' });
    expect(heart.getAttribute('title')).toBe(FAVORITE_NOTE);
    fireEvent.mouseOver(heart);
    expect((await screen.findByRole('tooltip')).textContent).toBe(FAVORITE_NOTE);

    fireEvent.click(screen.getByRole('tab', { name: /Favorites/ }));
    expect(await screen.findByText(FAVORITE_NOTE, { selector: 'span' })).toBeTruthy();
  });

  it('Won with a registration says the registration stays on this computer; Won without one says nothing of it', async () => {
    const eligible = catalog[0]!;
    renderApp({
      referrals: [
        accepted({
          id: 'w1',
          name: 'Registers',
          createdDateTime: new Date(Date.now() - 10 * DAY).toISOString(),
          details: { ...accepted().details, requirements: { solutions: [eligible] } },
        }),
        accepted({ id: 'w2', name: 'Plain win' }),
      ],
    });
    let panel = await openDeal('Registers');
    fireEvent.click(within(panel).getByRole('button', { name: 'Won' }));
    let dialog = await screen.findByRole('dialog', { name: 'Mark deal as won' });
    expect(within(dialog).getByText(REGISTRATION_NOTE)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    panel = await openDeal('Plain win');
    fireEvent.click(within(panel).getByRole('button', { name: 'Won' }));
    dialog = await screen.findByRole('dialog', { name: 'Mark deal as won' });
    expect(within(dialog).queryByText(REGISTRATION_NOTE)).toBeNull();
  });
});
