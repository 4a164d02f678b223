import type {ComponentProps, ReactNode} from 'react';

/** Stand-in for `@docusaurus/Link`: a plain anchor. */
export default function Link({
  to,
  href,
  ...props
}: ComponentProps<'a'> & {to?: string}): ReactNode {
  return <a href={to ?? href} {...props} />;
}
