/** Persistence: IndexedDB snapshots + journal, autosave, one-writer locks, tab notices. */
export { DocStore } from './doc-store';
export type {
	CompactOptions,
	DocChange,
	Listing,
	RestoreFn,
	StorableDoc,
	Unreadable
} from './doc-store';
export { DocSaver } from './saver';
export type { SaveSource, SaveStatus, SaverOptions } from './saver';
export { isDocLocked, lockedDocIds, lockName, tryLockDoc, waitForDocLock } from './locks';
export type { DocLock } from './locks';
export { TabChannel, CHANNEL_NAME } from './channel';
export type { ChannelMessage } from './channel';
export { classifyError, errorMessage, fail, ok } from './result';
export type { StorageError, StorageErrorKind, StorageResult } from './result';
export type { Meta } from './keys';
export { DB_NAME, STORE_NAME } from './keys';
