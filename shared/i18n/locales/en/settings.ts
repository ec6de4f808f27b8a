/** The Settings dialog. */
export const settings = {
  title: 'Settings',
  open: 'Settings',
  openTip: 'Settings (Ctrl+,)',
  serviceUrl: 'Referrals service address',
  serviceUrlHint:
    'Leave empty to work offline only. Another address signs you out: your sign-in is only ever sent to the address it was made for.',
  closeToTray: 'Keep running in the tray when the window is closed (desktop app)',
  theme: 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  language: 'Language',
  languageHint: 'Applies at once. "As in the system" follows the language of your computer (or browser).',
  saved: 'Settings saved',
};
