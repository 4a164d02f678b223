import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Cite from '@site/src/components/Cite';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** The papers of the review in order: title and the id of its card. */
  papers: readonly {title: string; id: string}[];
  /** Minutes it takes to read. */
  minutes: number;
  /** The review's BibTeX entry. */
  cite: string;
  /** The review's title, for screen readers. */
  title: string;
  /** What link previews and search results say of it. */
  description: string;
  /** The address of its Markdown copy (`<url>.md`). */
  markdown: string;
  /** Its social card, drawn by the build: absolute address, size, text. */
  image: {url: string; width: number; height: number; alt: string};
}

/**
 * The top of a review: how many papers and minutes it holds, a link to
 * each paper's card, and the review's citation; and the description its
 * link previews show, with its social card. Made by
 * `remarkReviewSummary`.
 */
export default function ReviewSummary({
  papers,
  minutes,
  cite,
  title,
  description,
  markdown,
  image,
}: Props): ReactNode {
  const markdownUrl = useBaseUrl(markdown);
  return (
    <>
      {/* Rendered after the theme's own tags, so these replace them. */}
      <Head>
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
        <meta property="og:image" content={image.url} />
        <meta property="og:image:type" content="image/png" />
        <meta property="og:image:width" content={String(image.width)} />
        <meta property="og:image:height" content={String(image.height)} />
        <meta property="og:image:alt" content={image.alt} />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={description} />
        <meta name="twitter:image" content={image.url} />
        <meta name="twitter:image:alt" content={image.alt} />
        <link rel="alternate" type="text/markdown" href={markdownUrl} />
      </Head>
      <nav className={styles.summary} aria-label="이 리뷰의 논문">
        <p className={styles.meta}>
          <span>논문 {papers.length}편</span>
          <span>읽는 데 약 {minutes}분</span>
          <Cite bibtex={cite} what={title} />
        </p>
        <ol className={styles.papers}>
          {papers.map((paper) => (
            <li key={paper.id}>
              <a href={`#${paper.id}`}>{paper.title}</a>
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
