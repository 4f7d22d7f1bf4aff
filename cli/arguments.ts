import { NewsdeskError } from '../common/errors/newsdeskError';

export function parseArticleId(value: string): number {
  const id = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new NewsdeskError('badArticleId', { value });
  return id;
}
