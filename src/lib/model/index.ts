/**
 * The domain model: document and workspace types, versioned envelopes with validation and
 * migrations, new documents, and workspace/Markdown files. Pure TypeScript, no DOM.
 *
 * Pages that only need types or `restoreDoc` can import `./types` and `./envelope` directly:
 * this index (through `doc-factory` and `workspace-file`) also loads markdown-it and fflate.
 */
export {
	DOC_KINDS,
	isDocKind,
	type Dismissal,
	type DocKind,
	type DocRecord,
	type JsonValue,
	type Result,
	type Settings,
	type StoredDismissal,
	type WorkspaceData
} from './types';
export {
	DOC_ENVELOPE_TYPE,
	MAX_WORKSPACE_DOCS,
	MIGRATIONS,
	SCHEMA_VERSION,
	WORKSPACE_ENVELOPE_TYPE,
	migrate,
	restoreDoc,
	restoreDocRecord,
	restoreSettings,
	restoreWorkspace,
	wrapDoc,
	wrapWorkspace,
	type DocEnvelope,
	type Envelope,
	type JsonObject,
	type MigrateOptions,
	type Migration,
	type WorkspaceEnvelope
} from './envelope';
export { MAX_DOC_DEPTH, MAX_DOC_NODES, MAX_DOC_TEXT, contentToDoc } from './validate';
export { TEMPLATES, docRecord, newDoc, templateDoc, type NewDocOptions } from './doc-factory';
export {
	BACKUP_FILE_NAME,
	MAX_IMPORT_BYTES,
	MAX_MARKDOWN_FILE_BYTES,
	MAX_UNZIPPED_BYTES,
	MAX_ZIP_ENTRIES,
	decodeText,
	docFromMarkdownFile,
	exportWorkspaceJson,
	exportWorkspaceZip,
	importWorkspaceFile,
	slugify,
	type ImportedWorkspace
} from './workspace-file';
