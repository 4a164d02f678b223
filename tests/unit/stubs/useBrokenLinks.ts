/** Anchors and links collected by components, for assertions. */
export const collected = {anchors: [] as string[], links: [] as string[]};

/** Stand-in for `@docusaurus/useBrokenLinks`. */
export default function useBrokenLinks() {
  return {
    collectAnchor: (anchor: string | undefined) => {
      if (anchor) collected.anchors.push(anchor);
    },
    collectLink: (link: string | undefined) => {
      if (link) collected.links.push(link);
    },
  };
}
