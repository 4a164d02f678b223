import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import {themes as prismThemes} from 'prism-react-renderer';
import {existsSync} from 'node:fs';
import {
  allYearsSidebarItems,
  yearSidebarItems,
  type ReviewYear,
} from './src/lib/review/yearSidebar';
import {reviewYears} from './src/lib/review/years';
import {KATEX_OPTIONS, type ParsedPosts} from './src/lib/rules';
import remarkContentRules from './src/markdown/remarkContentRules';
import remarkFigure from './src/markdown/remarkFigure';
import remarkOrgTags from './src/markdown/remarkOrgTags';
import remarkPaperCards from './src/markdown/remarkPaperCards';
import remarkReviewSummary from './src/markdown/remarkReviewSummary';
import remarkReviewTitle from './src/markdown/remarkReviewTitle';
import {parseReviewFrontMatter} from './src/markdown/reviewFrontMatter';
import {PaperAppearances} from './src/lib/review/appearances';
import {metadataStore} from './src/lib/paperMetadata/metadata';
import {PaperPageSitemap} from './src/plugins/paper-index/paperPageSitemap';
import {contentLicense, licenseNotice} from './src/lib/site/contentLicense';
import type {Config, PluginConfig} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';

/** The public address of the site; feeds and the sitemap need it absolute. */
const SITE_URL = process.env.SITE_URL || 'https://paper-reviews.example';
/**
 * The path the site is served under: `/`, or `/<repo>/` for a GitHub
 * Pages project site. Every page, asset, feed and index link carries it.
 */
const BASE_PATH = (process.env.BASE_URL ?? '').replace(/^\/+|\/+$/g, '');
const BASE_URL = BASE_PATH ? `/${BASE_PATH}/` : '/';
/** The site's name: the navbar, feeds and citations of reviews carry it. */
const SITE_TITLE = '논문 리뷰';
/**
 * Where the site's source lives, for "edit this page" links; without it
 * pages have no such link (never one to a repository that does not exist).
 */
const REPOSITORY_URL = process.env.REPOSITORY_URL || undefined;
const editUrl = REPOSITORY_URL && `${REPOSITORY_URL}/edit/main/`;
/**
 * The licence of the reviews (`CONTENT_LICENSE`, an SPDX id such as
 * `CC-BY-NC-4.0`): the footer, the feeds and papers.json state it.
 */
const CONTENT_LICENSE = contentLicense(
  process.env.CONTENT_LICENSE || undefined,
);

/**
 * A file of `static/` the site points at (favicon, logo). Docusaurus would
 * publish a dead link without a word, so a missing one stops the build and
 * the dev server.
 */
function staticFile(file: string): string {
  if (!existsSync(`static/${file}`)) {
    throw new Error(
      `static/${file} is missing: the site's favicon and navbar logo point at it; restore it (git checkout -- static/${file}) or change the path in docusaurus.config.ts`,
    );
  }
  return file;
}

/** Docusaurus sets this before it loads the config for `docusaurus build`. */
const isBuild = process.env.NODE_ENV === 'production';

/** Filled by the paper-index plugin, read by paper cards for their backlinks. */
const appearances = new PaperAppearances();

/** Filled by the paper-index plugin, read by the sitemap for the paper pages. */
const paperPageSitemap = new PaperPageSitemap();

/**
 * The posts the paper-index plugin's one load parsed: MDX compiles these
 * trees rather than parsing each post a second time.
 */
const parsedPosts: ParsedPosts = new Map();

/**
 * The papers' metadata kept in `paper-metadata/` (add-paper and
 * refresh-papers write it; builds only read it), for cards, paper pages,
 * citations, papers.json and search.
 */
const paperMetadata = metadataStore(__dirname);

const markdownPlugins = {
  beforeDefaultRemarkPlugins: [
    // First: the content rules see the post exactly as written, and stop a
    // post they reject before anything else of it is compiled.
    // A build compiles each post once; the dev server again after edits.
    [remarkContentRules, {parsedPosts, compiledOnce: isBuild}],
    remarkReviewTitle,
    [
      remarkReviewSummary,
      {site: {url: SITE_URL, baseUrl: BASE_URL}, siteTitle: SITE_TITLE},
    ],
    [remarkPaperCards, {appearances, metadata: paperMetadata}],
    remarkFigure,
    remarkOrgTags,
  ],
  remarkPlugins: [remarkMath],
  // Formulas KaTeX cannot typeset were stopped by the content rules.
  rehypePlugins: [[rehypeKatex, KATEX_OPTIONS]],
};

/**
 * Review years present in `docs/papers`, newest first, each with its newest
 * post (the "리뷰" link); production builds leave drafts out.
 */
const years = reviewYears('.', {drafts: !isBuild});

/** What every docs instance of reviews shares. */
const reviewDocs = {
  sidebarPath: './sidebars.ts',
  editUrl,
  showLastUpdateTime: false,
  ...markdownPlugins,
} satisfies DocsOptions;

/**
 * The build has one docs instance per year: Docusaurus ships every sidebar
 * and every doc title of an instance to each of its pages, so splitting by
 * year keeps a page's share of that data to one year however many years
 * there are. The URLs are those of one instance over `docs/papers`.
 */
function yearDocsPlugin({year}: ReviewYear): PluginConfig {
  return [
    './src/plugins/review-docs/index.ts',
    {
      ...reviewDocs,
      id: `reviews-${year}`,
      path: `docs/papers/y${year}`,
      routeBasePath: `docs/papers/y${year}`,
      sidebarItemsGenerator: ({docs}) => yearSidebarItems(docs, year, years),
    } satisfies DocsOptions,
  ];
}

/**
 * The dev server has one instance over every year: instances are made when
 * the config loads, so only a single one serves the first post of a new
 * year folder without a restart. Page weight does not matter there.
 */
function allYearsDocsPlugin(): PluginConfig {
  return [
    './src/plugins/review-docs/index.ts',
    {
      ...reviewDocs,
      id: 'reviews',
      path: 'docs/papers',
      routeBasePath: 'docs/papers',
      sidebarItemsGenerator: ({docs}) => allYearsSidebarItems(docs),
    } satisfies DocsOptions,
  ];
}

/** The footer's line: the site, the reviews' licence, the tool. */
function footerNotice(): string {
  const {name, url} = CONTENT_LICENSE;
  const license = url ? `<a href="${url}" rel="license">${name}</a>` : name;
  return `© ${SITE_TITLE} · 리뷰 글: ${license} · Docusaurus로 만들었습니다`;
}

const config: Config = {
  title: SITE_TITLE,
  tagline: '며칠마다 읽은 ML 논문을 짧게 정리합니다',
  favicon: staticFile('img/favicon.svg'),
  url: SITE_URL,
  baseUrl: BASE_URL,

  customFields: {contentLicense: CONTENT_LICENSE},

  // Its check is an inline script the Content-Security-Policy would have to
  // allow; the sub-path browser tests check the base path instead.
  baseUrlIssueBanner: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    // Faster's parallel page generation needs this one v4 flag. The others
    // stay off: MDX 1 compatibility keeps the `{#id}` heading ids that old
    // links use, and CSS cascade layers would outrank component styles.
    v4: {removeLegacyPostBuildHeadAttribute: true},
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      // Production builds start cold: from a warm cache the minifier names
      // the runtime chunk's variables differently, and every page's bytes
      // change with it (npm run test:determinism). The dev server keeps it.
      rspackPersistentCache: !isBuild,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  i18n: {
    defaultLocale: 'ko',
    locales: ['ko'],
  },

  markdown: {
    format: 'detect',
    // A review's <title> is the title its page heading shows.
    parseFrontMatter: parseReviewFrontMatter,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  presets: [
    [
      'classic',
      {
        docs: false,
        blog: {
          blogTitle: '블로그',
          blogDescription: '사이트 소식과 긴 글',
          blogSidebarTitle: '최근 글',
          showReadingTime: true,
          editUrl,
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          // The reviews have their own feeds (paper-index); these are the blog's.
          feedOptions: {
            type: 'all',
            title: '논문 리뷰 블로그',
            description: '사이트 소식과 긴 글',
            copyright: licenseNotice(CONTENT_LICENSE, SITE_TITLE),
            language: 'ko',
          },
          ...markdownPlugins,
        },
        theme: {
          customCss: './src/css/custom.css',
        },
        // The debug plugin serializes every plugin's content into the dev
        // bundle: with the parsed posts that is megabytes per hundred posts,
        // rewritten (and recompiled) on every edit.
        debug: false,
        sitemap: {
          lastmod: null,
          changefreq: null,
          priority: null,
          createSitemapItems: paperPageSitemap.createSitemapItems,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './src/plugins/katex-assets/index.ts',
    './src/plugins/chunk-files/index.ts',
    './src/plugins/postcss-options/index.ts',
    [
      './src/plugins/paper-index/index.ts',
      {
        appearances,
        parsedPosts,
        sitemap: paperPageSitemap,
        metadata: paperMetadata,
      },
    ],
    './src/plugins/search-index/index.ts',
    './src/plugins/social-cards/index.ts',
    './src/plugins/robots-txt/index.ts',
    './src/plugins/content-security-policy/index.ts',
    ...(isBuild
      ? years.map(yearDocsPlugin)
      : existsSync('docs/papers')
        ? [allYearsDocsPlugin()]
        : []),
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: '논문 리뷰',
      // The site's name is written beside the logo: an alt text would repeat it.
      // Sized in the HTML, so the title beside it does not move when it loads.
      logo: {
        alt: '',
        src: staticFile('img/favicon.svg'),
        width: 32,
        height: 32,
      },
      items: [
        ...(years[0]
          ? [
              {
                to: years[0].newestPermalink,
                label: '리뷰',
                position: 'left' as const,
              },
            ]
          : []),
        {to: '/papers', label: '논문', position: 'left'},
        {to: '/orgs', label: '기관', position: 'left'},
        {to: '/blog', label: '블로그', position: 'left'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: footerNotice(),
    },
    docs: {
      sidebar: {hideable: true},
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
