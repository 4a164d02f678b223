// Ejected from theme-classic's BlogLayout: the table of contents beside a
// blog post is an <aside>, so every part of the page sits in a landmark.
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import BlogSidebar from '@theme/BlogSidebar';

import type {Props} from '@theme/BlogLayout';

export default function BlogLayout(props: Props): ReactNode {
  const {sidebar, toc, children, ...layoutProps} = props;
  const hasSidebar = sidebar && sidebar.items.length > 0;

  return (
    <Layout {...layoutProps}>
      <div className="container margin-vert--lg">
        <div className="row">
          <BlogSidebar sidebar={sidebar} />
          <main
            className={clsx('col', {
              'col--7': hasSidebar,
              'col--9 col--offset-1': !hasSidebar,
            })}
          >
            {children}
          </main>
          {toc && (
            <aside className="col col--2" aria-label="이 글의 목차">
              {toc}
            </aside>
          )}
        </div>
      </div>
    </Layout>
  );
}
