// The one place the raw react-redux hooks may be imported (eslint.zones.mjs forbids them elsewhere in renderer/).
// eslint-disable-next-line no-restricted-imports -- the typed hooks are built here from the raw ones
import { useDispatch, useSelector, useStore } from 'react-redux';
import type { AppDispatch, AppStore, RootState } from './store';

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
export const useAppStore = useStore.withTypes<AppStore>();
