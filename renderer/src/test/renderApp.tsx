import { render, screen } from '@testing-library/react';
import { Root } from '../Root';
import { createFakeApi, type FakeOptions } from './fakeApi';

/**
 * The whole app over a fake transport, handed to Root as main.tsx hands it window.api. window.api itself is
 * left unset: a component that read it instead of going through the store would fail here.
 */
export function renderApp(options: FakeOptions = {}) {
  const fake = createFakeApi(options);
  Reflect.deleteProperty(window, 'api');
  const view = render(<Root api={fake.api} />);
  return { fake, ...view };
}

/** The row of the deal named `name` (rows are named "deal name, customer"). */
export function findRow(name: string): Promise<HTMLElement> {
  return screen.findByRole('row', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) });
}
