// Swizzled (wrapped) so that posts can use the review components without
// importing them in every file.
import MDXComponents from '@theme-original/MDXComponents';
import Figure from '@site/src/components/Figure';
import OrgTag from '@site/src/components/OrgTag';
import PaperCard from '@site/src/components/PaperCard';
import PaperHeader from '@site/src/components/PaperHeader';
import ReviewSummary from '@site/src/components/ReviewSummary';

export default {
  ...MDXComponents,
  Figure,
  OrgTag,
  PaperCard,
  PaperHeader,
  ReviewSummary,
};
