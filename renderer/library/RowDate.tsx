// A dateline date the way the reader's language writes it (`Thứ Bảy, 22/6/2024`, `Saturday, 22 June 2024`),
// with the ISO date kept machine-readable in <time>.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/article/dateline';
import { defaultLanguage, isLanguage } from '../../common/i18n/languages';

export function RowDate({ isoDate }: { isoDate: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={isoDate}>{formatDate(isoDate, isLanguage(i18n.language) ? i18n.language : defaultLanguage)}</time>;
}
