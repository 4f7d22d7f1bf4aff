// The link dialog's shortcut, apart from its TipTap extension: the shortcuts sheet on the library's first
// screen names it, and importing the extension would bring TipTap and ProseMirror into that screen's code.
export const linkShortcutKey = 'Mod-k';
