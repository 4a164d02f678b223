import {everyThirdDay} from './siteBench/corpus';
import {MONTH_FOLDERS} from '../../src/lib/review/postPath';

/** A generated post: where it goes below the site folder and its text. */
export interface SyntheticPost {
  file: string;
  source: string;
}

const ORGS = ['google', 'meta', 'openai', 'deepseek', 'naver', 'kaist', 'mit'];
const TOPICS = [
  ['라우팅', 'Routing'],
  ['비디오 생성', 'Video Generation'],
  ['강화학습', 'Reinforcement Learning'],
  ['전문가 혼합', 'Mixture of Experts'],
  ['검색 증강', 'Retrieval Augmentation'],
];

/**
 * `count` review posts, one every three days going back from `end`, each
 * with `papersPerPost` papers in the author's format, for benchmarks that
 * need a site much larger than the real one. Deterministic.
 */
export function syntheticPosts(
  count: number,
  papersPerPost = 6,
  end = {year: 2025, month: 12, day: 31},
): SyntheticPost[] {
  return everyThirdDay(count, end).map((date, index) => {
    const stamp = date.iso.replaceAll('-', '');
    const papers = Array.from({length: papersPerPost}, (_, paper) => {
      const n = index * papersPerPost + paper;
      const [korean, english] = TOPICS[n % TOPICS.length]!;
      const arxiv = `${String(date.year).slice(2)}${String(date.month).padStart(2, '0')}.${String(10000 + (n % 89999)).padStart(5, '0')}`;
      return [
        `## ${paper + 1}. [${english} Study ${n}](https://huggingface.co/papers/${arxiv}) \`${ORGS[n % ORGS.length]}\``,
        `### ${korean}에 관한 연구 ${n}`,
        '',
        `${korean}(${english}) 문제를 다룬 논문. 방법과 실험을 정리한다.`,
        '',
      ].join('\n');
    });
    return {
      file: `docs/papers/y${date.year}/${MONTH_FOLDERS[date.month - 1]}/${stamp}.mdx`,
      source: `# ${date.iso} papers review\n\n${papers.join('\n')}`,
    };
  });
}
