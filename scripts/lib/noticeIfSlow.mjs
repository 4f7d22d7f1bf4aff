// Says what is happening only when it takes a while (a first-time download), so a quick failure stays a
// single line and a quick success stays silent.
export function noticeIfSlow(promise, message, delayMs = 1500, write = (line) => console.error(line)) {
  const timer = setTimeout(() => write(message), delayMs);
  return promise.finally(() => clearTimeout(timer));
}
