// The app-wide commands, from wherever they come: Electron's menu (menuCommand events) and the page's own
// keyboard shortcuts. Which commands apply depends on the screen (export and "back" only in the editor).
import { useEffect } from 'react';
import { insideElectron, onShellEvent } from '../api/apiClient';
import { useAppShortcuts } from '../keyboard/useAppShortcuts';

export interface GlobalCommands {
  newArticle: () => void;
  importArticle: () => void;
  exportArticle: () => void;
  showLibrary: () => void;
  showShortcuts: () => void;
}

export function useGlobalCommands(commands: GlobalCommands, inEditor: boolean): void {
  const { newArticle, importArticle, exportArticle, showLibrary } = commands;
  useEffect(
    () =>
      onShellEvent('menuCommand', (command) => {
        if (command === 'newArticle') newArticle();
        if (command === 'importArticle') importArticle();
        if (command === 'exportArticle') exportArticle();
        if (command === 'showLibrary') showLibrary();
      }),
    [newArticle, importArticle, exportArticle, showLibrary],
  );

  useAppShortcuts(
    {
      newArticle,
      importArticle,
      showShortcuts: commands.showShortcuts,
      ...(inEditor && { exportArticle, showLibrary }),
    },
    insideElectron,
  );
}
