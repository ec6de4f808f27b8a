import { existsSync, readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { z } from 'zod';
import { wordsOf, type MessageWords } from '../../../shared/i18n';
import type { PresetSource } from '../../../shared/ipc';
import type { Env } from '../appPaths';

/**
 * What IT presets for every seller on a computer: the Entra ID app registration to sign in with, and the update
 * feed. Read from a policy file in the install folder and from environment variables, never from the page: these
 * decide where credentials go and what the app installs. For each value the policy file wins over the environment
 * (a per-machine install folder is writable only by administrators; a user can set environment variables).
 */

export const POLICY_FILE_NAME = 'policy.json';
export const AUTH_CLIENT_ID_ENV = 'COSELL_AUTH_CLIENT_ID';
export const AUTH_AUTHORITY_ENV = 'COSELL_AUTH_AUTHORITY';
export const UPDATE_URL_ENV = 'COSELL_UPDATE_URL';
/** Any work or school account, in the organization's own tenant (Partner Center has no personal accounts). */
export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

const policyFileSchema = z
  .object({
    signIn: z.object({ clientId: z.string().optional(), authority: z.string().optional() }).strict().optional(),
    updateUrl: z.string().optional(),
  })
  .strict();

export type SignInPreset = { clientId: string; authority: string; source: PresetSource };
export type UpdateFeedPreset = { url: string; source: PresetSource };

export type Presets = {
  /** Null when no client ID is preset: sign-in is then unavailable, and the app says so. */
  signIn: SignInPreset | null;
  /** Null when no (valid) feed is preset: updates are off. */
  updateFeed: UpdateFeedPreset | null;
  /**
   * Each a sentence for IT (a bad policy file, an http:// address), as words of the `account` namespace: logged in
   * English at start (inEnglish) and shown in Settings in the language shown. IT's own text (a file name, a
   * variable, a key it wrote) goes in as a param, as it is.
   */
  problems: MessageWords[];
};

/**
 * Where the policy file is (pure): next to the executable (the install folder) on Windows and Linux; on macOS in
 * /Library/Application Support/<product>, since a file added inside the signed app bundle would break its seal.
 */
export function policyFilePath(platform: string, exePath: string, product: string): string {
  if (platform === 'darwin') return posix.join('/Library/Application Support', product, POLICY_FILE_NAME);
  const path = platform === 'win32' ? win32 : posix;
  return path.join(path.dirname(exePath), POLICY_FILE_NAME);
}

/** The policy file's JSON, or why it cannot be used. A missing file is normal (nothing preset there). */
export function readPolicyFile(file: string): { json: unknown } | { problem: MessageWords } | null {
  if (!existsSync(file)) return null;
  try {
    return { json: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch (err) {
    return { problem: wordsOf('account:problem.policyUnreadable', { file, why: err instanceof Error ? err.message : String(err) }) };
  }
}

const CLIENT_ID = /^[A-Za-z0-9._~-]{1,128}$/;

/** An https:// address without credentials, query or fragment (pure); null otherwise. */
export function httpsAddress(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return null;
  return url;
}

/** `where`: which setting a value came from ("signIn.authority" in policy.json, or COSELL_AUTH_AUTHORITY), as words. */
type Field = { value: string; source: PresetSource; where: MessageWords };

/** The policy file's value, else the environment's; blank counts as unset. */
function pick(policy: string | undefined, env: string | undefined, policyWhere: string, envName: string): Field | null {
  if (policy !== undefined && policy.trim() !== '')
    return {
      value: policy.trim(),
      source: 'policy',
      where: wordsOf('account:where.policy', { field: policyWhere, file: POLICY_FILE_NAME }),
    };
  if (env !== undefined && env.trim() !== '')
    return { value: env.trim(), source: 'environment', where: wordsOf('account:where.environment', { name: envName }) };
  return null;
}

/** Why the policy file's JSON was refused: the keys IT wrote that the app does not know, or where the shape is wrong. */
function shapeProblem(error: z.ZodError): MessageWords {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys')
    return wordsOf('account:problem.policyUnknownKeys', { file: POLICY_FILE_NAME, keys: issue.keys.map((k) => `"${k}"`).join(', ') });
  return wordsOf('account:problem.policyShape', { file: POLICY_FILE_NAME, path: issue?.path.join('.') || '/' });
}

/** The presets from the environment and the policy file's JSON (pure). */
export function resolvePresets(env: Env, policyFile: ReturnType<typeof readPolicyFile>): Presets {
  const problems: MessageWords[] = [];
  let policy: z.output<typeof policyFileSchema> = {};
  if (policyFile && 'problem' in policyFile) problems.push(policyFile.problem);
  else if (policyFile) {
    const parsed = policyFileSchema.safeParse(policyFile.json);
    if (parsed.success) policy = parsed.data;
    else problems.push(shapeProblem(parsed.error));
  }

  let signIn: SignInPreset | null = null;
  const clientId = pick(policy.signIn?.clientId, env[AUTH_CLIENT_ID_ENV], 'signIn.clientId', AUTH_CLIENT_ID_ENV);
  const authority = pick(policy.signIn?.authority, env[AUTH_AUTHORITY_ENV], 'signIn.authority', AUTH_AUTHORITY_ENV);
  if (clientId && !CLIENT_ID.test(clientId.value)) {
    problems.push(wordsOf('account:problem.clientId', { where: clientId.where }));
  } else if (clientId) {
    const url = authority ? httpsAddress(authority.value) : new URL(DEFAULT_AUTHORITY);
    // `authority` is set here: without one the default (an https address) is used.
    if (!url)
      problems.push(wordsOf('account:problem.authority', { where: authority?.where ?? AUTH_AUTHORITY_ENV, example: DEFAULT_AUTHORITY }));
    else signIn = { clientId: clientId.value, authority: url.href.replace(/\/+$/, ''), source: clientId.source };
  }

  let updateFeed: UpdateFeedPreset | null = null;
  const feed = pick(policy.updateUrl, env[UPDATE_URL_ENV], 'updateUrl', UPDATE_URL_ENV);
  if (feed) {
    const url = httpsAddress(feed.value);
    if (url) updateFeed = { url: url.href, source: feed.source };
    else problems.push(wordsOf('account:problem.updateFeed', { where: feed.where }));
  }
  return { signIn, updateFeed, problems };
}
