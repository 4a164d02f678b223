import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import SearchPage from '@site/src/components/SearchPage';

/** `/search?q=…`: search with filters, at an address that can be shared. */
export default function Search(): ReactNode {
  return (
    <Layout title="검색" description="리뷰한 논문과 글을 검색합니다.">
      <Head>
        {/* Result pages are for readers, not for search engines. */}
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">검색</Heading>
        <SearchPage />
      </main>
    </Layout>
  );
}
