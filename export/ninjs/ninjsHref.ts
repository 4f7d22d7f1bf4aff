// Where a ninjs rendition's file is, as a URI. ninjs 3.1 asks for a `uri` (an absolute URI, scheme included),
// so a path relative to the file (`x_files/x-01.jpg`) is not valid, and a `file:` URI would name a place on
// the sender's disk. The convention (W3C's `app:` URI scheme note, made for resources inside a package):
//
//   app://<article uuid>/<path of the file relative to the .ninjs.json file, each segment percent-encoded>
//
// A receiver maps it back by taking the path after `app://<uuid>/`, percent-decoding it and reading that
// file from the folder (or the zip) holding the .ninjs.json. The uuid is the one in the item's own `uri`.

export const ninjsHrefScheme = 'app:';

export function ninjsPackageHref(uuid: string, relativePath: string): string {
  return `app://${uuid}/${relativePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** The package-relative path an href names, or undefined for an href of another item or scheme. */
export function packagePathOfHref(uuid: string, href: string): string | undefined {
  const prefix = `app://${uuid}/`;
  if (!href.startsWith(prefix)) return undefined;
  return href.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
}
