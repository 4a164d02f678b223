import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useHistory} from '@docusaurus/router';
import Layout from '@theme/Layout';
import Cite from '@site/src/components/Cite';
import {useEffect, useState, type MouseEvent, type ReactNode} from 'react';
import {
  PAPER_PAGE_DATA_ID,
  PAPER_PAGE_TOKENS,
  paperPageDataPath,
  type PaperPageData,
} from '@site/src/client/paperPages/data';
import styles from './styles.module.css';

interface Props {
  match: {params: {paperSlug: string}};
}

/** What the build rendered the template with, before a paper fills it. */
const TEMPLATE: PaperPageData = {
  slug: '',
  title: PAPER_PAGE_TOKENS.title,
  description: PAPER_PAGE_TOKENS.description,
  bibtex: '',
  header: PAPER_PAGE_TOKENS.header,
  body: PAPER_PAGE_TOKENS.body,
};

/** The data a built paper page carries, when it is this paper's. */
function builtPage(slug: string): PaperPageData | undefined {
  if (!ExecutionEnvironment.canUseDOM) return TEMPLATE;
  const element = document.getElementById(PAPER_PAGE_DATA_ID);
  if (!element?.textContent) return undefined;
  const page = JSON.parse(element.textContent) as PaperPageData;
  return page.slug === slug ? page : undefined;
}

/** A paper's page as loaded for a slug; no page when there is none. */
interface Loaded {
  slug: string;
  page?: PaperPageData;
}

/**
 * A paper's page: title, organisations, links, every review of it, the
 * posts that mention it and its citation. Its HTML is built once, in Node,
 * from the paper index; a page loaded from the server hydrates from the
 * data it carries, one reached inside the site fetches that data.
 */
export default function PaperPage({match}: Props): ReactNode {
  const {paperSlug} = match.params;
  const dataPath = useBaseUrl(paperPageDataPath('/', paperSlug));
  const [loaded, setLoaded] = useState<Loaded | undefined>(() => {
    const page = builtPage(paperSlug);
    return page && {slug: paperSlug, page};
  });
  const current = loaded?.slug === paperSlug;

  useEffect(() => {
    if (current) return undefined;
    let cancelled = false;
    fetch(dataPath)
      .then((response) =>
        response.ok ? (response.json() as Promise<PaperPageData>) : undefined,
      )
      .catch(() => undefined)
      .then((page) => {
        if (!cancelled) setLoaded({slug: paperSlug, ...(page && {page})});
      });
    return () => {
      cancelled = true;
    };
  }, [current, dataPath, paperSlug]);

  const followInside = useInsideLinks();

  const page = current ? loaded.page : undefined;
  if (!page) {
    return (
      <Layout title="논문">
        <main className={`container margin-vert--lg ${styles.page}`}>
          {!current ? (
            <p role="status">논문을 불러오는 중입니다…</p>
          ) : (
            <>
              <h1>이 논문의 페이지가 없습니다</h1>
              <p>
                주소가 바뀌었거나 아직 리뷰하지 않은 논문입니다.{' '}
                <Link to="/papers">리뷰한 모든 논문</Link>에서 찾아보세요.
              </p>
            </>
          )}
        </main>
      </Layout>
    );
  }
  return (
    <Layout title={page.title} description={page.description}>
      {/* Links inside the built HTML are plain anchors: clicks on them
          navigate inside the site. */}
      <main
        className={`container margin-vert--lg ${styles.page}`}
        onClick={followInside}
      >
        <article>
          <header
            className={styles.header}
            dangerouslySetInnerHTML={{__html: page.header}}
          />
          <div className={styles.cite}>
            <Cite bibtex={page.bibtex} what={page.title} />
          </div>
          <div
            className={styles.body}
            dangerouslySetInnerHTML={{__html: page.body}}
          />
        </article>
      </main>
    </Layout>
  );
}

/**
 * A click handler that turns clicks on links to pages of the site into
 * navigation inside it, as `Link` does: no reload, no lost state.
 */
function useInsideLinks(): (event: MouseEvent) => void {
  const history = useHistory();
  return (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const anchor = (event.target as Element).closest('a');
    if (!anchor || anchor.target || anchor.origin !== window.location.origin) {
      return;
    }
    event.preventDefault();
    history.push(`${anchor.pathname}${anchor.search}${anchor.hash}`);
  };
}
