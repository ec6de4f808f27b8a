import { render, screen } from '@testing-library/react';
import { Root } from '../Root';
import { createFakeApi, type FakeOptions } from './fakeApi';

/** The whole app over a fake window.api (also set as window.api, as a transport would). */
export function renderApp(options: FakeOptions = {}) {
  const fake = createFakeApi(options);
  window.api = fake.api;
  const view = render(<Root api={fake.api} />);
  return { fake, ...view };
}

/** The row of the deal named `name` (rows are named "deal name, customer"). */
export function findRow(name: string): Promise<HTMLElement> {
  return screen.findByRole('row', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) });
}
