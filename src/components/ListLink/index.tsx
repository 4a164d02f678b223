import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ComponentProps, ReactNode} from 'react';

/**
 * An internal link for long lists: a plain anchor, still checked by the
 * build's broken-link check. Docusaurus's `Link` watches each link with its
 * own IntersectionObserver to prefetch; thousands of them made filtering
 * the papers list take seconds per keystroke.
 */
export default function ListLink({
  to,
  ...props
}: Omit<ComponentProps<'a'>, 'href'> & {to: string}): ReactNode {
  // Checked as Docusaurus's `Link` checks: the address with the base path.
  const href = useBaseUrl(to);
  useBrokenLinks().collectLink(href);
  return <a href={href} {...props} />;
}
