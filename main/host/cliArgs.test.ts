import { describe, expect, it } from 'vitest';
import { parseHostArgs } from './cliArgs';

const defaults = { dataDir: '/home/ana/.config/Co-sell Workspace', rendererDir: '/app/out/renderer' };

describe('parseHostArgs', () => {
  it('uses the defaults', () => {
    expect(parseHostArgs([], defaults)).toEqual({ kind: 'run', options: { port: 4310, ...defaults, demo: undefined } });
  });

  it('reads every flag', () => {
    expect(parseHostArgs(['--port', '0', '--data-dir', '/d', '--demo', '--renderer-dir=/r'], defaults)).toEqual({
      kind: 'run',
      options: { port: 0, dataDir: '/d', rendererDir: '/r', demo: { count: 2000, seed: 1 } },
    });
    expect(parseHostArgs(['--demo-count', '200'], defaults)).toMatchObject({ options: { demo: { count: 200, seed: 1 } } });
  });

  it('reads the referrals service: address and token from flags, or the token from COSELL_SERVICE_TOKEN (the flag wins)', () => {
    expect(parseHostArgs(['--service', 'http://127.0.0.1:4010/', '--service-token', 'abc.def'], defaults)).toMatchObject({
      options: { service: { url: 'http://127.0.0.1:4010/', token: 'abc.def' } },
    });
    expect(parseHostArgs(['--service=https://pc.example'], defaults, { COSELL_SERVICE_TOKEN: 'from-env' })).toMatchObject({
      options: { service: { url: 'https://pc.example', token: 'from-env' } },
    });
    expect(parseHostArgs(['--service-token', 'flag'], defaults, { COSELL_SERVICE_TOKEN: 'env' })).toMatchObject({
      options: { service: { token: 'flag' } },
    });
    expect(parseHostArgs([], defaults, { COSELL_SERVICE_TOKEN: '' })).toMatchObject({ options: { service: undefined } });
  });

  it('refuses a bad service token without repeating it', () => {
    const parsed = parseHostArgs(['--service-token', 'secret with spaces'], defaults);
    expect(parsed).toMatchObject({ kind: 'error', message: expect.stringMatching(/no spaces/) });
    expect(parsed.kind === 'error' && parsed.message).not.toContain('secret');
  });

  it('asks for help', () => {
    expect(parseHostArgs(['--help'], defaults)).toEqual({ kind: 'help' });
    expect(parseHostArgs(['-h'], defaults)).toEqual({ kind: 'help' });
  });

  it.each([
    [['--prot', '1'], /Unknown option '--prot'/],
    [['extra'], /positional/i],
    [['--port'], /argument missing/],
    [['--port', 'abc'], /--port must be a whole number from 0 to 65535/],
    [['--port', '70000'], /--port must be/],
    [['--port', '-1'], /ambiguous|--port must be/],
    [['--demo-count', '0'], /--demo-count must be/],
    [['--data-dir', ''], /--data-dir needs a folder path/],
    [['--service', 'ftp://x'], /--service needs the service address as http\(s\):\/\/host/],
    [['--service', ''], /--service needs/],
    [['--service', 'http://referrals.contoso.example'], /--service: Use https:\/\/ for a service on another computer/],
    [['--service-token', ''], /must be the token as you received it/],
  ])('refuses %j with a clear message', (argv, message) => {
    const parsed = parseHostArgs(argv, defaults);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });
});
