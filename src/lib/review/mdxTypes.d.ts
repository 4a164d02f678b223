// Adds the MDX node types (JSX, expressions, ESM) to the mdast tree types.
import type {} from 'mdast-util-mdx';
