import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import type {CSSProperties, ReactNode} from 'react';
import type {OrgSummary} from '@site/src/plugins/paper-index/pageData';
import styles from './styles.module.css';

/** Every organisation whose papers were reviewed, most papers first. */
export default function OrgsPage({data}: {data: OrgSummary[]}): ReactNode {
  return (
    <Layout title="기관" description="리뷰한 논문의 기관, 논문 수 순">
      <main className="container margin-vert--lg">
        <Heading as="h1">기관</Heading>
        <p>리뷰한 논문이 있는 기관 {data.length}곳, 논문이 많은 순입니다.</p>
        <ol className={styles.list}>
          {data.map((org) => (
            <li
              key={org.id}
              className={styles.item}
              style={{'--org-color': org.color} as CSSProperties}
            >
              <Link to={`/orgs/${org.id}`} className={styles.name}>
                {org.name}
              </Link>
              <span className={styles.count}>논문 {org.count}편</span>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
