// The dialog's second step: the format, and the photos' size (and, for HTML and Markdown, whether the photos
// go inside the file). Fixed while an export runs.
import { useTranslation } from 'react-i18next';
import { exportFormats } from '../../contract/constants';
import type { ExportFormat } from '../../contract/schemas/articleExport';
import { insideElectron } from '../api/apiClient';
import type { ExportChoice } from './useExportJob';

/** The formats whose photos can be written beside the file or embedded in it. */
export const withPhotoFiles: readonly ExportFormat[] = ['html', 'md'];

/** A browser download is one file, so its photos always go inside: there is no choice to offer. */
const canPlacePhotosBeside = insideElectron;

interface ExportChoicesProps {
  choice: ExportChoice;
  onChange: (changes: Partial<ExportChoice>) => void;
  disabled: boolean;
}

export function ExportChoices({ choice, onChange, disabled }: ExportChoicesProps) {
  const { t } = useTranslation();
  const { format, photoSize, embedPhotos } = choice;
  return (
    <>
      <fieldset className="export-formats" disabled={disabled}>
        <legend>{t('exportDialog.format')}</legend>
        {exportFormats.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name="format" value={option} checked={format === option} onChange={() => onChange({ format: option })} />
            {t(`exportDialog.formats.${option}`)}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={disabled}>
        <legend>{t('exportDialog.photoSize')}</legend>
        <label className="radio">
          <input type="radio" name="photoSize" checked={photoSize === 'display'} onChange={() => onChange({ photoSize: 'display' })} />
          {t('exportDialog.photoDisplay')}
        </label>
        <label className="radio">
          <input type="radio" name="photoSize" checked={photoSize === 'full'} onChange={() => onChange({ photoSize: 'full' })} />
          {t('exportDialog.photoFull')}
        </label>
        {canPlacePhotosBeside && withPhotoFiles.includes(format) && (
          <label className="radio">
            <input type="checkbox" checked={embedPhotos} onChange={(event) => onChange({ embedPhotos: event.target.checked })} />
            {t('exportDialog.embedPhotos')}
          </label>
        )}
      </fieldset>
    </>
  );
}
