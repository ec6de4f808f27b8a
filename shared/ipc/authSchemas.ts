import { z } from 'zod';

/**
 * Sign-in with a work account (Microsoft Entra ID) and what IT presets. No token ever crosses the contract:
 * the page learns who is signed in, for which service, and what to do next, in words.
 */

export const authStatusSchema = z.enum([
  /** Sign-in is not possible here yet: no client ID preset by IT, or no service address. `message` says which. */
  'unavailable',
  /** Nobody is signed in for this service address: nothing is sent to it. */
  'signedOut',
  /** The sign-in page is open in the browser; the flow ends when the seller finishes or cancels it. */
  'signingIn',
  'signedIn',
  /** The saved sign-in cannot be renewed without the seller (expired, revoked, password changed): changes stay queued. */
  'needsSignIn',
  /** Automation: a token given at launch (--service-token, COSELL_SERVICE_TOKEN) is used for this run's service. */
  'launchToken',
]);
export type AuthStatus = z.infer<typeof authStatusSchema>;

export const accountSchema = z.object({
  /** Display name, e.g. "Alex Wilber". */
  name: z.string(),
  /** Sign-in name, e.g. "alex@contoso.com". */
  username: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

/** Which of the sign-in sentences `message` is, for the window to say it in its language (keys of the account namespace). */
export const authMessageSchema = z.enum(['notSetUp', 'noService', 'signedOut', 'signingIn', 'signedIn', 'needsSignIn', 'launchToken']);
/** Which sentence `storage` is: where the sign-in is kept. */
export const authStorageSchema = z.enum(['osEncrypted', 'file', 'memory', 'launchToken']);
export type AuthMessage = z.infer<typeof authMessageSchema>;
export type AuthStorage = z.infer<typeof authStorageSchema>;

export const authStateSchema = z.object({
  status: authStatusSchema,
  account: accountSchema.nullable(),
  /** The service address (origin) the sign-in is for; credentials are never sent anywhere else. */
  serviceOrigin: z.string().nullable(),
  /** One or two sentences for the seller: what this state means and what to do. */
  message: z.string(),
  /** Where the sign-in is kept on this computer and how it is protected, in words. */
  storage: z.string(),
  /** What `message` and `storage` say, as keys: the window words them in its language (English `message`/`storage` otherwise). */
  say: z.object({ message: authMessageSchema, storage: authStorageSchema }).optional(),
  /**
   * Web host, while signing in: the sign-in page for the seller's browser to open (the desktop app opens the
   * system browser itself and leaves this null). Not a secret: the code it leads to is useless without the
   * PKCE verifier, which never leaves main.
   */
  signInUrl: z.string().nullable(),
});
export type AuthState = z.infer<typeof authStateSchema>;

export const presetSourceSchema = z.enum(['policy', 'environment']);
export type PresetSource = z.infer<typeof presetSourceSchema>;

/** What IT preset for this computer (read-only in the app), for Settings to show. */
export const managedSettingsSchema = z.object({
  signIn: z.object({
    /** Sign-in is possible: a client ID is preset. */
    configured: z.boolean(),
    authority: z.string().nullable(),
    source: presetSourceSchema.nullable(),
  }),
  update: z.object({
    /** The update feed in use, or null when updates are off. */
    url: z.string().nullable(),
    source: presetSourceSchema.nullable(),
    /** Why updates are off or what is wrong with the preset, when something is. */
    note: z.string().nullable(),
    /** Which note it is, for the window to word in its language (English `note` otherwise). */
    noteKey: z.enum(['notPackaged', 'noServer', 'notHttps']).nullable().optional(),
  }),
  /**
   * Preset problems (a policy file that is not valid JSON, an http:// address): each a sentence for IT, as encoded
   * words ('account:problem.authority|{…}', see encodeWords) the window says in its language; plain text from an older main.
   */
  problems: z.array(z.string()),
});
export type ManagedSettings = z.infer<typeof managedSettingsSchema>;
