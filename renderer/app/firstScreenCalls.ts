// The calls the library's first screen waits for — the settings (for the language) and the list's first
// page — asked for as this module is evaluated: main.tsx imports it before React, i18next and the app's own
// modules, so the answers travel while those are evaluated (renderer/api/earlyCalls.ts).
import { api } from '../api/apiClient';
import { askEarly } from '../api/earlyCalls';
import { initialFirstPage } from '../library/libraryViewState';
import { parseRoute } from './useHashRoute';

export const settingsKey = 'settings';

askEarly(settingsKey, () => api.getSettings({}));
// Only on the library screen: a reload on another screen (#/articles/12) does not ask for the list.
if (parseRoute(window.location.hash).screen === 'library') {
  const { key, query } = initialFirstPage();
  askEarly(key, () => api.queryArticles(query));
}
