// The contract's plain values: enumerations, limits, defaults. No zod here, so code that needs only these
// (the CLI's option lists, the stores' defaults) starts without building the API's schemas; the schema files
// build on these and export them too.
export const articleStatuses = ['draft', 'ready', 'filed'] as const;

export const librarySorts = ['updated', 'created', 'dateline', 'headline'] as const;
/** Newest first for the dates, A to Z (Vietnamese order) for headlines. */
export const defaultDirection: Record<(typeof librarySorts)[number], 'asc' | 'desc'> = { updated: 'desc', created: 'desc', dateline: 'desc', headline: 'asc' };
export const maxPageSize = 500;
export const maxSearchLimit = 100;

/** The formats an article exports to; export/exporters.ts answers to exactly these (tested). */
export const exportFormats = ['docx', 'html', 'md', 'txt', 'pdf', 'ninjs', 'zip'] as const;
export const photoExportSizes = ['display', 'full'] as const;

/** The file types the app offers to import; import/importers.ts must answer to exactly these (tested). */
export const articleImportExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

/** A new article's body: one empty paragraph (a DocNode, schemas/document.ts). */
export const emptyDocument = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Where filed work can go (outbox destinations). */
export const destinationKinds = ['folder', 'email', 'http', 'wordpress'] as const;

/** A photo import call carries at most this many photos and bytes (base64 in the loopback transport). */
export const maxPhotoUploadBytes = 64 * 1024 * 1024;
export const maxPhotosPerImport = 20;

/** The sizes a photo is served in (derivatives of its original). */
export const photoSizes = ['thumb', 'display', 'original'] as const;
