/**
 * Tools that write posts for the author: a new post from the template, and
 * legacy posts converted to the current model without losing a byte of text.
 */
export {UsageError} from './errors';
export {
  DEV_SERVER_URL,
  PLACEHOLDER,
  PostExistsError,
  createPost,
  paperStubs,
  renderPostTemplate,
  resolvePostDate,
  type NewPostOptions,
  type NewPostResult,
  type PaperStub,
} from './newPost';
export {
  BACKUP_ROOT,
  backupFolder,
  formatNote,
  listMdxFiles,
  migrateLegacyFile,
  migrateLegacySource,
  migrationDiff,
  type BackupFolder,
  type FileMigration,
  type Migration,
  type MigrationNote,
} from './migrateLegacy';
