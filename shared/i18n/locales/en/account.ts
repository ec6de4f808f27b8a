/** Settings › Work account and Settings › Set by your IT department. */
export const account = {
  workAccount: 'Work account',
  openSignInPage: 'Open the sign-in page',
  signIn: 'Sign in',
  signInAgain: 'Sign in again',
  cancelSignIn: 'Cancel sign-in',
  signOut: 'Sign out',
  managed: 'Set by your IT department',
  fromPolicy: 'Set in the policy file by your IT department.',
  fromEnvironment: 'Set by your IT department (environment).',
  authority: 'Sign-in authority',
  notSetUp: 'Not set up',
  signInNotSetUp: 'Sign-in is not set up on this computer yet.',
  updateServer: 'Update server',
  none: 'None',
  'message.notSetUp':
    'Sign-in is not set up on this computer yet: your IT department presets it (the app registration in Microsoft Entra ID). Until then your changes are kept on this computer.',
  'message.noService': 'Enter the referrals service address in Settings first; then sign in with your work account.',
  'message.signedOut':
    'Not signed in: sign in with your work account to send your changes and get new referrals. Your changes are kept on this computer until then.',
  'message.signingIn': 'Finish signing in on the page that opened in your browser, or cancel.',
  'message.signedIn': 'Signed in as {{name}} ({{username}}) for {{origin}}.',
  'message.needsSignIn':
    'Your sign-in has expired or was revoked: sign in again to keep syncing. Your changes stay queued on this computer.',
  'message.launchToken': 'Using the token given when the app was started (automation), for {{origin}} only. It is not saved.',
  'storage.osEncrypted': 'Your sign-in is saved on this computer, encrypted by your operating system.',
  'storage.file': 'Your sign-in is saved in a file in the data folder that only your user account can read. It is not encrypted.',
  'storage.memory': 'This computer offers no encrypted storage, so your sign-in is kept only until the app quits.',
  'storage.launchToken': 'Nothing is saved: the token lives as long as this run.',
  theService: 'the referrals service',
};
