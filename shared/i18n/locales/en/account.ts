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
};
