/**
 * The content model of a review site: post paths and dates, paper headings,
 * arXiv ids and anchors. Every feature reads posts through this module.
 */
export {ContentError} from './errors';
export {
  MONTH_FOLDERS,
  calendarDate,
  dateFolders,
  parseIsoDate,
  parsePostPath,
  postDocPath,
  type MonthFolder,
  type PostDate,
  type PostLocation,
} from './postPath';
export {
  arxivAnchor,
  extractArxivId,
  PAPER_LINK_LABELS,
  paperLinks,
  type PaperLink,
} from './arxiv';
export {paperPagePath, paperSlug} from './paperSlug';
export {explicitHeadingId, headingAnchors, headingText} from './headingIds';
export {
  findPaperSections,
  firstHeadingTitle,
  fullTitle,
  headingTitle,
  isAllCaps,
  normaliseUrl,
  paperHeadingShape,
  paperKey,
  plainText,
  SINGLE_PAPER_ANCHOR,
  type Paper,
  type PaperHeadingShape,
  type PaperSection,
} from './papers';
export {
  blogPermalink,
  blogPostFromTree,
  parseBlogPost,
  parseMdx,
  parsePost,
  readFrontMatter,
  reviewPermalink,
  reviewPostFromTree,
  type BlogPost,
  type PostBase,
  type ReviewPost,
} from './parse';
export {
  frontMatterDocument,
  type FrontMatterDocument,
  type SourcePoint,
} from './frontMatterDocument';
export {
  paperFrontMatter,
  type FrontMatterOrg,
  type PaperFrontMatter,
} from './paperFrontMatter';
export {
  headingsWithoutLink,
  singlePaperAdvice,
  type HeadingWithoutLink,
  type SinglePaperAdvice,
} from './singlePaper';
export {checkPostPath, type PostPathCheck} from './postPathCheck';
export {publicAnchors, type PublicAnchor} from './publicAnchors';
export {
  datesIn,
  ownTitle,
  reviewDescription,
  reviewName,
  reviewPageTitle,
} from './postTitle';
