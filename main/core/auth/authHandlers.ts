import type { Handlers, ManagedSettings } from '../../../shared/ipc';
import type { AuthService } from './authService';

type AuthChannel = 'auth:state' | 'auth:signIn' | 'auth:cancelSignIn' | 'auth:signOut' | 'policy:get';

/** The auth:* channels and policy:get. No channel ever returns a token. */
export function createAuthHandlers(auth: AuthService, managed: ManagedSettings): Pick<Handlers, AuthChannel> {
  return {
    'auth:state': () => auth.settled(),
    'auth:signIn': () => auth.signIn(),
    'auth:cancelSignIn': () => auth.cancelSignIn(),
    'auth:signOut': () => auth.signOut(),
    'policy:get': () => managed,
  };
}
