// Errors a user can cause carry a code and parameters, never a pre-rendered sentence: each face of the app
// (renderer, CLI) renders them in the reader's language from the catalogs in common/i18n.

export const errorCodes = [
  'invalidInput',
  'unknownChannel',
  'articleNotFound',
  'articleInTrash',
  'badArticleId',
  'databaseTooNew',
  'dataDirUnusable',
  'internal',
  'photoNotFound',
  'photoEmpty',
  'photoFileMissing',
  'photoIsFolder',
  'photoFileUnreadable',
  'photoFormatUnsupported',
  'photoFormatUnknown',
  'photoDamaged',
  'photoTooManyPixels',
  'photoTooLarge',
  'photoDialogUnavailable',
  'photoNotStored',
  'unsupportedImportFormat',
  'importNotText',
  'importEmpty',
  'importTooLarge',
  'importFileUnreadable',
  'importDialogUnavailable',
  'unsupportedExportFormat',
  'exportDestinationUnwritable',
  'exportDiskFull',
  'exportPhotoMissing',
  'exportPhotoEmpty',
  'exportCancelled',
  'exportNeedsChromium',
  'exportPdfFailed',
  'exportDialogUnavailable',
  'importDocumentUnreadable',
  'notAFile',
  'libraryIsFolder',
  'libraryNotDatabase',
  'libraryForeign',
  'libraryUnreadable',
  'libraryReadOnly',
  'libraryReadOnlyOutdated',
  'libraryDiskFull',
  'exportNameTaken',
  'backupFolderMissing',
  'backupFolderUnwritable',
  'backupDiskFull',
  'backupNotVerified',
  'backupFileMissing',
  'backupNotAFile',
  'backupInvalid',
  'backupTooNew',
  'backupDamaged',
  'restoreTargetNotEmpty',
  'restoreTargetUnwritable',
  'restoreDiskFull',
  'libraryNotFound',
  'backupDialogUnavailable',
  'destinationExists',
  'destinationNotFound',
  'destinationInvalid',
  'outboxItemNotFound',
  'outboxFolderMissing',
  'outboxUnreachable',
  'outboxServerBusy',
  'outboxRejected',
  'outboxSecretMissing',
  'articleChangedElsewhere',
  'revisionNotFound',
  'dictionaryWordInvalid',
  'dictionaryWordMissing',
  'recoveredDraftNotFound',
] as const;

export type ErrorCode = (typeof errorCodes)[number];
export type ErrorParams = Record<string, string | number>;

export class NewsdeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'NewsdeskError';
  }
}

export function isNewsdeskError(value: unknown): value is NewsdeskError {
  return value instanceof NewsdeskError;
}
