import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {koreanDate} from '@site/src/lib/review/dateLabel';
import type {ReactNode} from 'react';
import type {HomeData} from '@site/src/plugins/paper-index/pageData';
import styles from './styles.module.css';

/** The home page: what the site is and its latest review posts. */
export default function HomePage({data}: {data: HomeData}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <dl className={styles.stats}>
            <div>
              <dt>리뷰</dt>
              <dd>
                <Link to="/reviews">{data.postCount}편</Link>
              </dd>
            </div>
            <div>
              <dt>논문</dt>
              <dd>
                <Link to="/papers">{data.paperCount}편</Link>
              </dd>
            </div>
            <div>
              <dt>기관</dt>
              <dd>
                <Link to="/orgs">{data.orgCount}곳</Link>
              </dd>
            </div>
          </dl>
          <p className={styles.actions}>
            <Link className="button button--primary" to="/papers">
              리뷰한 논문 모두 보기
            </Link>
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2">최근 리뷰</Heading>
        <ol className={styles.posts}>
          {data.latest.map((post) => (
            <li key={post.permalink} className={styles.post}>
              <Link to={post.permalink} className={styles.postLink}>
                <time dateTime={post.date}>{koreanDate(post.date)}</time>
                <span className={styles.count}>논문 {post.paperCount}편</span>
              </Link>
              {post.title && <p className={styles.postTitle}>{post.title}</p>}
              {post.papers.length > 0 && (
                <ul className={styles.papers}>
                  {post.papers.map((paper) => (
                    <li key={paper.id}>
                      <Link to={`${post.permalink}#${paper.id}`}>
                        {paper.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
