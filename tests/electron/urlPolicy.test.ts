import { describe, expect, it } from 'vitest';
import { isAppUrl, rendererEntryUrl } from '../../electron/appOrigin';
import { externalUrlToOpen, isLoadableUrl } from '../../electron/urlPolicy';

describe('isAppUrl', () => {
  it('accepts our renderer origin only', () => {
    expect(isAppUrl(rendererEntryUrl)).toBe(true);
    expect(isAppUrl('newsdesk://app/assets/index-abc.js?x=1#top')).toBe(true);
    expect(isAppUrl('newsdesk://other/index.html')).toBe(false);
    expect(isAppUrl('newsdesk://app@evil/index.html')).toBe(false);
    expect(isAppUrl('newsdesk://app:8080/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('isLoadableUrl (the session request filter)', () => {
  it.each([
    'newsdesk://app/index.html',
    'newsdesk-photo://library/12/photo.jpg',
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,AAAA',
    'blob:newsdesk://app/3b0c1c9e-0000-4000-8000-000000000000',
  ])('lets %s through', (url) => expect(isLoadableUrl(url)).toBe(true));

  it.each([
    'https://example.com/tracker.js',
    'http://localhost:5173/',
    'ws://localhost:1234/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'chrome-extension://abc/x.js',
    'garbage',
  ])('cancels %s', (url) => expect(isLoadableUrl(url)).toBe(false));
});

describe('externalUrlToOpen', () => {
  it('hands http, https and mailto links to the system browser', () => {
    expect(externalUrlToOpen('https://vnexpress.net/a?b=1')).toBe('https://vnexpress.net/a?b=1');
    expect(externalUrlToOpen('http://example.com')).toBe('http://example.com/');
    expect(externalUrlToOpen('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('refuses every other scheme', () => {
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'smb://host/share', 'javascript:alert(1)', 'newsdesk://app/', 'ms-msdt:/id', 'vbscript:x', '']) {
      expect(externalUrlToOpen(url)).toBeNull();
    }
  });
});

describe('externalUrlToOpen, mailto:', () => {
  it('lets through one address with a subject and a body, rebuilt from its parts', () => {
    expect(externalUrlToOpen('mailto:toasoan@baomoi.vn')).toBe('mailto:toasoan@baomoi.vn');
    expect(externalUrlToOpen('mailto:toasoan@baomoi.vn?subject=Tin%20n%C3%B3ng&body=Ch%C3%A0o%20ch%E1%BB%8B')).toBe(
      'mailto:toasoan@baomoi.vn?subject=Tin%20n%C3%B3ng&body=Ch%C3%A0o%20ch%E1%BB%8B',
    );
    expect(externalUrlToOpen('mailto:toasoan@baomoi.vn?SUBJECT=Tin')).toBe('mailto:toasoan@baomoi.vn?subject=Tin');
  });

  it.each([
    'mailto:toasoan@baomoi.vn?attach=/etc/passwd',
    'mailto:toasoan@baomoi.vn?subject=Tin&attachment=C:%5CUsers%5Ca.docx',
    'mailto:toasoan@baomoi.vn?cc=other@example.com',
    'mailto:toasoan@baomoi.vn?bcc=other@example.com',
    'mailto:toasoan@baomoi.vn?subject=a&subject=b',
    'mailto:?subject=Tin',
    'mailto:',
    'mailto:?attach=/etc/passwd',
    'mailto:a@example.com,b@example.com',
    'mailto:a@example.com;b@example.com',
    'mailto:%22a%20b%22@example.com',
    'mailto:<a@example.com>',
    'mailto:toasoan',
    'mailto:toasoan@baomoi.vn#x',
    'mailto:%E0%A4%A@example.com',
  ])('refuses %s', (url) => expect(externalUrlToOpen(url)).toBeNull());
});
