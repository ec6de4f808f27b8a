// electron-updater requires electron as it loads, so this module is imported lazily (see autoUpdate.ts):
// an app with updates off, and every test that does not mock electron-updater, never loads it.
// A relative dynamic import becomes a chunk loaded with require(), inside the asar like the rest.
export { autoUpdater } from 'electron-updater';
