import type {ComponentProps, ReactNode} from 'react';

/** Stand-in for `@theme/Heading`. */
export default function Heading({
  as: As,
  ...props
}: ComponentProps<'h2'> & {
  as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}): ReactNode {
  return <As {...props} />;
}
