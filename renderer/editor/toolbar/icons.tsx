// Small stroke icons for the toolbar, drawn inline so nothing is fetched and no font glyph is assumed.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {children}
    </svg>
  );
}

export const icons = {
  undo: (
    <Icon>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H10a6 6 0 0 0 0 12h3" />
    </Icon>
  ),
  link: (
    <Icon>
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </Icon>
  ),
  bulletList: (
    <Icon>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <circle cx="4" cy="6" r="1" />
      <circle cx="4" cy="12" r="1" />
      <circle cx="4" cy="18" r="1" />
    </Icon>
  ),
  orderedList: (
    <Icon>
      <path d="M10 6h10M10 12h10M10 18h10" />
      <path d="M4 4h1v4M4 8h2M4 14.5a1 1 0 0 1 2 0c0 1-2 1.5-2 3.5h2" />
    </Icon>
  ),
  blockquote: (
    <Icon>
      <path d="M7 7H4v6h3l-1 4M17 7h-3v6h3l-1 4" />
    </Icon>
  ),
  horizontalRule: (
    <Icon>
      <path d="M3 12h18" />
    </Icon>
  ),
  insertPhoto: (
    <Icon>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="m21 16-5-5-9 9" />
    </Icon>
  ),
  insertTable: (
    <Icon>
      <rect x="3" y="4" width="18" height="16" rx="1" />
      <path d="M3 9h18M3 14.5h18M9 4v16M15 4v16" />
    </Icon>
  ),
  // The "Edit table" menu: a table with a pencil, set apart from "Insert table"'s plain grid.
  tableMenu: (
    <Icon>
      <rect x="3" y="4" width="14" height="12" rx="1" />
      <path d="M3 8h14M10 4v12M14 21l1-3 5-5 2 2-5 5z" />
    </Icon>
  ),
  addRowAfter: (
    <Icon>
      <rect x="3" y="3" width="18" height="9" rx="1" />
      <path d="M3 7.5h18M12 15v6M9 18h6" />
    </Icon>
  ),
  deleteRow: (
    <Icon>
      <rect x="3" y="3" width="18" height="9" rx="1" />
      <path d="M3 7.5h18M9.5 15.5l5 5M14.5 15.5l-5 5" />
    </Icon>
  ),
  addColumnAfter: (
    <Icon>
      <rect x="3" y="3" width="9" height="18" rx="1" />
      <path d="M7.5 3v18M18 9v6M15 12h6" />
    </Icon>
  ),
  deleteColumn: (
    <Icon>
      <rect x="3" y="3" width="9" height="18" rx="1" />
      <path d="M7.5 3v18M15.5 9.5l5 5M20.5 9.5l-5 5" />
    </Icon>
  ),
  deleteTable: (
    <Icon>
      <rect x="3" y="3" width="13" height="13" rx="1" />
      <path d="M3 9.5h13M9.5 3v13M16 16l5 5M21 16l-5 5" />
    </Icon>
  ),
} as const;
