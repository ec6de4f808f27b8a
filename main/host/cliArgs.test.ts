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
  ])('refuses %j with a clear message', (argv, message) => {
    const parsed = parseHostArgs(argv, defaults);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });
});
