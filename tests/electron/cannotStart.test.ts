import { describe, expect, it, vi } from 'vitest';
import { cannotStartLine, failureGist } from '../../scripts/lib/cannotStart.mjs';
import { noticeIfSlow } from '../../scripts/lib/noticeIfSlow.mjs';

describe('failureGist', () => {
  it("keeps the message of the first error line and drops the stack", () => {
    expect(failureGist('TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n')).toBe('fetch failed');
    expect(failureGist('gyp info it worked\ngyp ERR! stack Error: `make` failed with exit code: 2\ngyp ERR! not ok')).toBe('`make` failed with exit code: 2');
  });

  it('falls back to the last line, without colour codes', () => {
    expect(failureGist('\u001b[33mprebuild-install warn install getaddrinfo ENOTFOUND github.com\u001b[39m\n\n')).toBe(
      'prebuild-install warn install getaddrinfo ENOTFOUND github.com',
    );
    expect(failureGist('')).toBe('no output');
  });

  it('keeps it short', () => {
    expect(failureGist(`Error: ${'x'.repeat(500)}`, 20)).toHaveLength(20);
  });
});

describe('cannotStartLine', () => {
  it('says who is speaking', () => {
    expect(cannotStartLine('the build failed.')).toBe('newsdesk: cannot start the app: the build failed.');
  });
});

describe('noticeIfSlow', () => {
  it('stays silent when the work is quick, speaks when it is not', async () => {
    vi.useFakeTimers();
    try {
      const write = vi.fn();
      await noticeIfSlow(Promise.resolve(1), 'quick', 1000, write);
      let finish: (value: number) => void = () => {};
      const slow = noticeIfSlow(new Promise<number>((resolve) => (finish = resolve)), 'downloading…', 1000, write);
      vi.advanceTimersByTime(1500);
      finish(2);
      await expect(slow).resolves.toBe(2);
      expect(write.mock.calls).toEqual([['downloading…']]);
    } finally {
      vi.useRealTimers();
    }
  });
});
