import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n, inEnglish, sayWords, type Translate } from '../../../shared/i18n';
import {
  AUTH_AUTHORITY_ENV,
  AUTH_CLIENT_ID_ENV,
  DEFAULT_AUTHORITY,
  POLICY_FILE_NAME,
  readPolicyFile,
  resolvePresets,
  UPDATE_URL_ENV,
} from './itPolicy';

const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;
const CLIENT = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const policyFile = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-policy-'));
  dirs.push(dir);
  writeFileSync(join(dir, POLICY_FILE_NAME), text);
  return readPolicyFile(join(dir, POLICY_FILE_NAME));
};

describe('IT presets', () => {
  it('nothing preset: sign-in unavailable, updates off, no problem to report', () => {
    expect(resolvePresets({}, null)).toEqual({ signIn: null, updateFeed: null, problems: [] });
    expect(readPolicyFile(join(tmpdir(), 'no-such-folder-cosell', POLICY_FILE_NAME))).toBeNull();
  });

  it('a client ID alone signs in with any work account (organizations)', () => {
    expect(resolvePresets({ [AUTH_CLIENT_ID_ENV]: ` ${CLIENT} ` }, null).signIn).toEqual({
      clientId: CLIENT,
      authority: DEFAULT_AUTHORITY,
      source: 'environment',
    });
  });

  it('the policy file wins over the environment, value by value', () => {
    const file = policyFile(
      JSON.stringify({ signIn: { clientId: CLIENT, authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/' } }),
    );
    const presets = resolvePresets(
      {
        [AUTH_CLIENT_ID_ENV]: 'from-env',
        [AUTH_AUTHORITY_ENV]: 'https://login.microsoftonline.com/common',
        [UPDATE_URL_ENV]: 'https://updates.corp.example/cosell/',
      },
      file,
    );
    expect(presets).toEqual({
      signIn: { clientId: CLIENT, authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com', source: 'policy' },
      updateFeed: { url: 'https://updates.corp.example/cosell/', source: 'environment' },
      problems: [],
    });
  });

  it('refuses plain http for the authority and the update feed, saying where the value came from', () => {
    const presets = resolvePresets(
      { [AUTH_CLIENT_ID_ENV]: CLIENT, [AUTH_AUTHORITY_ENV]: 'http://login.example', [UPDATE_URL_ENV]: 'http://updates.example' },
      policyFile('{}'),
    );
    expect(presets.signIn).toBeNull();
    expect(presets.updateFeed).toBeNull();
    expect(presets.problems.map((p) => inEnglish(p))).toEqual([
      expect.stringContaining(`${AUTH_AUTHORITY_ENV} must be an https:// address`),
      expect.stringContaining(`${UPDATE_URL_ENV} must be an https:// address`),
    ]);
    // In Russian the framing is ours and Russian; the variable IT set is named as it is.
    expect(presets.problems.map((p) => sayWords(ru, p))).toEqual([
      'Переменная окружения COSELL_AUTH_AUTHORITY: нужен адрес https:// вида https://login.microsoftonline.com/organizations; вход остаётся выключенным.',
      'Переменная окружения COSELL_UPDATE_URL: нужен адрес https:// (по нему проверяются обновления перед установкой); обновления выключены.',
    ]);
  });

  it('a policy file that is not JSON or has unknown keys is ignored as a whole, with the reason; the environment still applies', () => {
    const broken = resolvePresets({ [UPDATE_URL_ENV]: 'https://updates.corp.example' }, policyFile('{"updateUrl": '));
    expect(broken.updateFeed?.source).toBe('environment');
    expect(broken.problems.map((p) => inEnglish(p))).toEqual([expect.stringMatching(/could not be read .*it is ignored/)]);
    expect(sayWords(ru, broken.problems[0]!)).toMatch(/^Не удалось прочитать файл политики .+policy\.json \(.+\); он не учитывается\.$/);
    const unknown = resolvePresets({}, policyFile(JSON.stringify({ updateURL: 'https://x.example' })));
    expect(unknown.problems.map((p) => inEnglish(p))).toEqual([
      'policy.json has settings this app does not know ("updateURL"); the file is ignored.',
    ]);
    expect(sayWords(ru, unknown.problems[0]!)).toBe(
      'В policy.json есть параметры, которых это приложение не знает ("updateURL"); файл не учитывается.',
    );
    const wrongType = resolvePresets({}, policyFile(JSON.stringify({ signIn: { clientId: 42 } })));
    expect(sayWords(ru, wrongType.problems[0]!)).toContain('Содержимое policy.json не того вида в «signIn.clientId»');
  });

  it('a client ID with spaces or an address in it is refused', () => {
    expect(resolvePresets({ [AUTH_CLIENT_ID_ENV]: 'my app' }, null)).toMatchObject({
      signIn: null,
    });
    const [problem] = resolvePresets({ [AUTH_CLIENT_ID_ENV]: 'my app' }, null).problems;
    expect(inEnglish(problem!)).toBe(
      'The environment variable COSELL_AUTH_CLIENT_ID is not an application (client) ID; sign-in stays off.',
    );
    expect(sayWords(ru, problem!)).toBe(
      'Переменная окружения COSELL_AUTH_CLIENT_ID: это не идентификатор приложения (клиента); вход остаётся выключенным.',
    );
  });
});
