import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readWindowApi } from './api/windowApi';
import { Root } from './Root';
import { createFakeApi } from './test/fakeApi';

describe('Root', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'api');
  });

  it('shows a full-page explanation when window.api is missing', () => {
    Reflect.deleteProperty(window, 'api');
    render(<Root api={readWindowApi()} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'This page must be opened from the Co-sell Workspace app or its web host (npm run web)',
    );
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('treats a window.api without invoke/on as missing', () => {
    Object.assign(window, { api: { invoke: 'nope' } });
    expect(readWindowApi()).toBeUndefined();
  });

  it('starts the workspace when the transport defined window.api', async () => {
    window.api = createFakeApi().api;
    render(<Root api={readWindowApi()} />);
    expect(screen.getByRole('heading', { name: 'Co-sell Workspace' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Inbound' })).toBeTruthy();
    expect(await screen.findByText('No deals here yet')).toBeTruthy();
  });
});
