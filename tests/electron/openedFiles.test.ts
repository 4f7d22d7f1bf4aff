import { describe, expect, it } from 'vitest';
import { OpenedFiles, openedFilesFromArgv } from '../../electron/openedFiles';

describe('openedFilesFromArgv', () => {
  it('takes paths and file: URLs with an importable extension, resolved against the launch folder', () => {
    const args = ['/home/lan/Tin nóng.docx', 'notes/BÀI.TXT', 'file:///home/lan/B%C3%A0i%20vi%E1%BA%BFt.md', '--no-sandbox', '/home/lan/photo.jpg', '.'];
    expect(openedFilesFromArgv(args, '/home/lan')).toEqual(['/home/lan/Tin nóng.docx', '/home/lan/notes/BÀI.TXT', '/home/lan/Bài viết.md']);
  });

  it('ignores the development app folder, switches and file: URLs of another host', () => {
    expect(openedFilesFromArgv(['/srv/newsdesk', '--inspect=9229', 'file://server/share/a.txt'], '/')).toEqual([]);
  });
});

describe('OpenedFiles', () => {
  it('keeps files opened before the library is open, then imports them and every later one at once', () => {
    const imports: string[][] = [];
    const opened = new OpenedFiles();
    opened.open(['/a.docx', '/b.png']);
    opened.open(['/c.txt']);
    expect(imports).toEqual([]);
    opened.startImporting((files) => imports.push(files));
    opened.open(['/d.md']);
    opened.open(['/e.exe']);
    expect(imports).toEqual([['/a.docx', '/c.txt'], ['/d.md']]);
  });
});
