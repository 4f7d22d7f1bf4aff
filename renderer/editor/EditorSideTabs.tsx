// Beside the text: the article's details and its photos. In a window too narrow for both side by side they
// are two tabs (WAI-ARIA tabs: arrow keys, Home and End move between them), so each gets the sidebar's whole
// height: at 1024×700 a caption is edited without scrolling past the details. Both stay mounted, so what is
// being typed in one is kept while the other shows; placing photos brings theirs forward. A wide window shows
// them side by side, no tabs.
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the stylesheet puts the details and the photos side by side (renderer/styles/app.css). */
const sideBySide = '(min-width: 1380px)';

type SideTab = 'details' | 'photos';
const sideTabs: SideTab[] = ['details', 'photos'];

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

interface EditorSideTabsProps {
  details: ReactNode;
  photos: ReactNode;
  /** Photos are being placed in the text: their tab comes forward (without taking the focus). */
  placingPhotos: boolean;
}

export function EditorSideTabs({ details, photos, placingPhotos }: EditorSideTabsProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery(sideBySide);
  const [active, setActive] = useState<SideTab>('details');
  const tabs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});
  useEffect(() => {
    if (placingPhotos) setActive('photos');
  }, [placingPhotos]);
  if (wide) {
    return (
      <>
        {details}
        {photos}
      </>
    );
  }

  const select = (tab: SideTab) => {
    setActive(tab);
    tabs.current[tab]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = sideTabs.indexOf(active);
    const next =
      event.key === 'ArrowRight' ? sideTabs[(at + 1) % sideTabs.length]
      : event.key === 'ArrowLeft' ? sideTabs[(at - 1 + sideTabs.length) % sideTabs.length]
      : event.key === 'Home' ? sideTabs[0]
      : event.key === 'End' ? sideTabs.at(-1)
      : undefined;
    if (!next) return;
    event.preventDefault();
    select(next);
  };
  const label = (tab: SideTab) => (tab === 'details' ? t('details.panel') : t('photoPanel.panel'));

  return (
    <div className="side-tabs">
      <div className="side-tablist" role="tablist" aria-label={t('editorSide.tabs')} onKeyDown={onKeyDown}>
        {sideTabs.map((tab) => (
          <button
            key={tab}
            ref={(button) => {
              tabs.current[tab] = button;
            }}
            type="button"
            role="tab"
            id={`side-tab-${tab}`}
            aria-selected={active === tab}
            aria-controls={`side-panel-${tab}`}
            tabIndex={active === tab ? 0 : -1}
            className={active === tab ? 'is-active' : undefined}
            onClick={() => setActive(tab)}
            data-testid={`side-tab-${tab}`}
          >
            {label(tab)}
          </button>
        ))}
      </div>
      {sideTabs.map((tab) => (
        <div key={tab} id={`side-panel-${tab}`} role="tabpanel" aria-labelledby={`side-tab-${tab}`} hidden={active !== tab} className="side-panel">
          {tab === 'details' ? details : photos}
        </div>
      ))}
    </div>
  );
}
