import {useDoc} from '@docusaurus/plugin-content-docs/client';
import DocPaginator from '@theme/DocPaginator';
import type {ReactNode} from 'react';

/**
 * Previous and next by time. The sidebar lists reviews newest first, and
 * Docusaurus pages through it in that order, so its "next" was the older
 * review; here "이전" leads to the earlier review and "다음" to the later.
 * Swizzled (ejected) from theme-classic's `DocItem/Paginator`.
 */
export default function DocItemPaginator(): ReactNode {
  const {metadata} = useDoc();
  return (
    <DocPaginator
      className="docusaurus-mt-lg"
      previous={metadata.next}
      next={metadata.previous}
    />
  );
}
