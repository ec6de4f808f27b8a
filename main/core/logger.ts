import type { Logger } from './ports';

/** The one logger of the app: JSON lines on stderr, so stdout stays free for what a CLI prints. */
export function createLogger(scope: string, write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const log = (level: string) => (message: string, meta?: unknown) => {
    const extra = meta instanceof Error ? { error: meta.message, stack: meta.stack } : meta === undefined ? {} : { meta };
    write(JSON.stringify({ at: new Date().toISOString(), level, scope, message, ...extra }));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
