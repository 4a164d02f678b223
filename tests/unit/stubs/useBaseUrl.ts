/** Stand-in for `@docusaurus/useBaseUrl` on a site served at `/`. */
export default function useBaseUrl(url: string): string {
  return url;
}
