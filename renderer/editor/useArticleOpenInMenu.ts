// Tells the shell an article is open here while this editor is mounted, so the native menu enables the items
// that act on it (Export…, Update from File…) and disables them on the library and the other screens.
import { useEffect } from 'react';
import { api, insideElectron } from '../api/apiClient';

export function useArticleOpenInMenu(): void {
  useEffect(() => {
    if (!insideElectron) return;
    // A missed call leaves a menu item in the wrong state, nothing the reporter needs to be told about.
    const tell = (open: boolean) => void api.setArticleOpen({ open }).catch(() => undefined);
    tell(true);
    return () => tell(false);
  }, []);
}
