import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import PaperList from '@site/src/components/PaperList';
import type {ReactNode} from 'react';
import type {OrgPageData} from '@site/src/plugins/paper-index/pageData';

/** One organisation and every reviewed paper tagged with it. */
export default function OrgPage({data}: {data: OrgPageData}): ReactNode {
  const {org, papers} = data;
  return (
    <Layout
      title={org.name}
      description={`${org.fullName ?? org.name}의 논문 ${papers.length}편 리뷰`}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{org.name}</Heading>
        <p>
          {org.fullName && <>{org.fullName} · </>}
          <Link href={org.url}>홈페이지</Link> · 리뷰한 논문 {papers.length}편 ·{' '}
          <Link to="/orgs">모든 기관</Link>
        </p>
        <PaperList papers={papers} />
      </main>
    </Layout>
  );
}
