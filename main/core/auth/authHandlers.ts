import type { HandlersOf } from '../../../shared/ipc';
import type { AuthService } from './authService';

/** The auth:* channels: the work-account sign-in. No channel ever returns a token. */
export function createAuthHandlers(auth: AuthService): HandlersOf<'auth'> {
  return {
    'auth:state': () => auth.settled(),
    'auth:signIn': () => auth.signIn(),
    'auth:cancelSignIn': () => auth.cancelSignIn(),
    'auth:signOut': () => auth.signOut(),
  };
}
