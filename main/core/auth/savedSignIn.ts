import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { z } from 'zod';
import type { SecretStore } from '../connection/secretStore';
import type { SignInPreset } from '../policy/itPolicy';
import type { Logger } from '../ports';

/**
 * The saved sign-in: MSAL's token cache (refresh token, access token, account) in an envelope that names the
 * service origin, client ID and authority it was made for. It is only ever used for exactly those: a cache
 * made for service A is never read while the app points at B, so no token obtained for A can reach B.
 */
const envelopeSchema = z.object({
  version: z.literal(1),
  serviceOrigin: z.string(),
  clientId: z.string(),
  authority: z.string(),
  cache: z.string(),
});
type Envelope = z.infer<typeof envelopeSchema>;

export type Binding = { serviceOrigin: string; clientId: string; authority: string };

export const bindingOf = (serviceOrigin: string, preset: SignInPreset): Binding => ({
  serviceOrigin,
  clientId: preset.clientId,
  authority: preset.authority,
});

const sameBinding = (a: Binding, b: Binding) =>
  a.serviceOrigin === b.serviceOrigin && a.clientId === b.clientId && a.authority === b.authority;

export type SavedSignIn = {
  kept: SecretStore['kept'];
  /** The origin the saved sign-in is for, or null when none is saved (or it cannot be read). */
  savedOrigin(): string | null;
  /** MSAL's cache plugin for one binding: it reads only a cache saved for that binding, and saves under it. */
  pluginFor(binding: Binding): ICachePlugin;
  /** Forgets the saved sign-in (sign-out, another service address). */
  clear(): void;
};

export function createSavedSignIn(store: SecretStore, logger: Logger): SavedSignIn {
  // Bumped by clear(): a client made before a sign-out (a renewal still in flight) can never save its cache again.
  let generation = 0;
  const read = (): Envelope | null => {
    let text: string | null;
    try {
      text = store.get();
    } catch (err) {
      logger.warn('the saved sign-in could not be read (the OS key may have changed); the seller signs in again', err);
      return null;
    }
    if (!text) return null;
    try {
      return envelopeSchema.parse(JSON.parse(text));
    } catch {
      logger.warn('the saved sign-in is not in a form this version reads; the seller signs in again');
      return null;
    }
  };
  return {
    kept: store.kept,
    savedOrigin: () => read()?.serviceOrigin ?? null,
    pluginFor(binding) {
      // MSAL clears its in-memory cache before each silent call and expects it back from here, so this reads
      // (and decrypts) the store each time; the auth service keeps the access token in memory, so that is rare.
      const mine = generation;
      return {
        beforeCacheAccess(context: TokenCacheContext) {
          if (mine !== generation) return Promise.resolve();
          const saved = read();
          if (saved && sameBinding(saved, binding)) context.tokenCache.deserialize(saved.cache);
          return Promise.resolve();
        },
        afterCacheAccess(context: TokenCacheContext) {
          if (!context.cacheHasChanged || mine !== generation) return Promise.resolve();
          const envelope: Envelope = { version: 1, ...binding, cache: context.tokenCache.serialize() };
          try {
            store.set(JSON.stringify(envelope));
          } catch (err) {
            // Signed in for this run all the same; the seller signs in again after a restart.
            logger.error('the sign-in could not be saved on this computer', err);
          }
          return Promise.resolve();
        },
      };
    },
    clear() {
      generation += 1;
      try {
        store.set(null);
      } catch (err) {
        logger.error('the saved sign-in could not be removed', err);
      }
    },
  };
}
