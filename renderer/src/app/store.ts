import { combineReducers, configureStore } from '@reduxjs/toolkit';
import type { Api } from '../../../shared/ipc';
import type { ThunkExtra } from '../api/baseQuery';
import { workspaceApi } from '../api/workspaceApi';
import { exportSlice } from '../features/export/exportSlice';
import { notificationsSlice } from '../features/notifications/notificationsSlice';
import { workspaceSlice } from './workspaceSlice';

const rootReducer = combineReducers({
  [workspaceSlice.name]: workspaceSlice.reducer,
  [notificationsSlice.name]: notificationsSlice.reducer,
  [exportSlice.name]: exportSlice.reducer,
  [workspaceApi.reducerPath]: workspaceApi.reducer,
});

export type RootState = ReturnType<typeof rootReducer>;

/** A fresh store talking to `api`: the app makes one, every test makes its own around a fake. */
export function makeStore(api: Api, preloadedState?: Partial<RootState>) {
  const extra: ThunkExtra = { api };
  return configureStore({
    reducer: rootReducer,
    preloadedState,
    middleware: (getDefault) => getDefault({ thunk: { extraArgument: extra } }).concat(workspaceApi.middleware),
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];
