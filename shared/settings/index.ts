export * from './settings';
export * from './settingsPatch';
