/**
 * Tools that write posts for the author: a new post from the template, and
 * legacy posts converted to the current model without losing a byte of text.
 */
export {UsageError} from './errors';
export {
  addPapers,
  planAddition,
  type AddPapersOptions,
  type AddPapersResult,
  type AddedPaper,
  type PostPapers,
} from './addPaper';
export {
  REVIEW_PLACEHOLDER,
  escapeTitle,
  paperReference,
  renderPaperSection,
  splitTitle,
  suggestOrgs,
} from './paperSection';
export {
  dailyLabel,
  dailyPrompt,
  draftFromDaily,
  pickDailyPapers,
  type DailyDraftOptions,
} from './dailyPapers';
export {
  DEV_SERVER_URL,
  PLACEHOLDER,
  PostExistsError,
  createPost,
  paperStubs,
  renderPost,
  renderPostTemplate,
  resolvePostDate,
  writeNewPost,
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
