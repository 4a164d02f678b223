import {deflateSync} from 'node:zlib';
import {
  MONTH_FOLDERS,
  calendarDate,
  type PostDate,
} from '../../../src/lib/review/postPath';

/** A file of the generated corpus: its path below the site folder and bytes. */
export interface CorpusFile {
  file: string;
  content: string | Uint8Array;
}

/** A generated review post and the images beside it. */
export interface CorpusPost {
  file: string;
  /** The post's route, `/docs/papers/yYYYY/mon/YYYYMMDD`. */
  route: string;
  files: CorpusFile[];
}

const ORGS = [
  'google',
  'meta',
  'openai',
  'deepseek',
  'naver',
  'kaist',
  'mit',
  'stanford',
  'microsoft',
  'nvidia',
];

const TOPICS = [
  ['라우팅', 'Routing'],
  ['비디오 생성', 'Video Generation'],
  ['강화학습', 'Reinforcement Learning'],
  ['전문가 혼합', 'Mixture of Experts'],
  ['검색 증강', 'Retrieval Augmentation'],
  ['추론 시간 계산', 'Test-time Compute'],
  ['멀티모달 정렬', 'Multimodal Alignment'],
  ['긴 문맥', 'Long Context'],
];

const SENTENCES = [
  '이 논문은 {ko} 문제를 새로운 관점에서 다시 정의하고, 기존 방법이 놓친 병목을 실험으로 보여 준다.',
  '저자들은 {en} 설정에서 학습 신호가 어떻게 흐르는지 분석하고, 작은 수정만으로 성능이 크게 오른다고 주장한다.',
  '핵심 아이디어는 간단하다: 모델이 스스로 만든 샘플을 다시 평가해 더 나은 경로를 고르게 하는 것이다.',
  '실험은 7B와 70B 두 규모에서 진행했고, 벤치마크 다섯 개 중 네 개에서 기존 최고 성능을 넘었다.',
  'Ablation 결과를 보면 정규화 항을 빼면 학습이 불안정해지고, 배치 크기에 민감해진다는 점이 눈에 띈다.',
  '개인적으로는 평가 방식이 조금 낙관적이라고 느꼈다. 특히 데이터 오염 가능성에 대한 논의가 부족하다.',
  '그럼에도 {en} 분야에서 재현 가능한 코드와 체크포인트를 공개한 점은 높이 평가할 만하다.',
  '비교 대상 중 가장 강한 baseline과의 차이는 평균 2.3점이며, 긴 입력일수록 차이가 커진다.',
  '계산 비용은 학습 시 약 1.4배, 추론 시에는 거의 차이가 없다고 보고한다.',
  '후속 연구로는 {ko} 방법을 더 작은 모델에 증류하는 방향이 자연스러워 보인다.',
];

const FORMULAS = [
  '\\mathcal{L} = -\\mathbb{E}_{x \\sim \\mathcal{D}} \\left[ \\log p_\\theta(y \\mid x) \\right] + \\lambda \\lVert \\theta \\rVert_2^2',
  '\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V',
  'J(\\theta) = \\mathbb{E}_{\\tau \\sim \\pi_\\theta} \\left[ \\sum_{t=0}^{T} \\gamma^t r_t \\right]',
  'p(z \\mid x) = \\frac{p(x \\mid z)\\, p(z)}{\\int p(x \\mid z^\\prime)\\, p(z^\\prime)\\, dz^\\prime}',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` review posts as an author writes them today, one every three
 * days going back from `end`: about 10.8 KB of Korean and English text,
 * 4–6 papers with organisation tags and sub-titles, inline and display
 * math, a table, and two imported images shown with `Figure`. The same
 * arguments give the same bytes.
 */
export function realisticCorpus(
  count: number,
  end = {year: 2025, month: 12, day: 31},
): CorpusPost[] {
  return everyThirdDay(count, end).map((date, index) => {
    const next = random(index + 1);
    const pick = <T>(items: readonly T[]): T =>
      items[Math.floor(next() * items.length)]!;
    const stamp = date.iso.replaceAll('-', '');
    const folder = `docs/papers/y${date.year}/${MONTH_FOLDERS[date.month - 1]}`;
    const paperCount = 4 + Math.floor(next() * 3);
    const sections: string[] = [];
    for (let paper = 0; paper < paperCount; paper += 1) {
      const n = index * 10 + paper;
      const [ko, en] = pick(TOPICS);
      const arxiv = `${String(date.year).slice(2)}${String(date.month).padStart(2, '0')}.${String(10000 + ((n * 7919) % 89999)).padStart(5, '0')}`;
      const orgs = [pick(ORGS), ...(next() < 0.4 ? [pick(ORGS)] : [])];
      const paragraphs: string[] = [];
      const length = 2 + Math.floor(next() * 3);
      for (let p = 0; p < length; p += 1) {
        const sentences = Array.from({length: 3 + Math.floor(next() * 4)}, () =>
          pick(SENTENCES).replaceAll('{ko}', ko!).replaceAll('{en}', en!),
        );
        if (p === 1) sentences.push(`손실은 $${pick(FORMULAS)}$ 로 쓴다.`);
        paragraphs.push(sentences.join(' '));
      }
      if (paper === 0) {
        paragraphs.push(`$$\n${pick(FORMULAS)}\n$$`);
        paragraphs.push(
          '| 모델 | 정확도 | 비용 |\n| --- | --- | --- |\n| Baseline | 71.2 | 1.0× |\n| 제안 방법 | 74.8 | 1.4× |',
        );
      }
      if (paper < 2) {
        paragraphs.push(
          `<Figure src={figure${paper}} alt="${en} 구조도 ${paper + 1}" width={500} caption="${ko} 방법의 전체 구조" />`,
        );
      }
      sections.push(
        [
          `## ${paper + 1}. [${en} at Scale ${n}](https://huggingface.co/papers/${arxiv}) ${orgs.map((org) => `\`${org}\``).join(' ')}`,
          '',
          `### ${ko}을 다시 생각하기`,
          '',
          paragraphs.join('\n\n'),
        ].join('\n'),
      );
    }
    const source = [
      `# ${date.iso} papers review`,
      '',
      "import figure0 from './asset/" + `${stamp}_0.png';`,
      "import figure1 from './asset/" + `${stamp}_1.png';`,
      '',
      sections.join('\n\n'),
      '',
    ].join('\n');
    return {
      file: `${folder}/${stamp}.mdx`,
      route: `/${folder}/${stamp}`,
      files: [
        {file: `${folder}/${stamp}.mdx`, content: source},
        {file: `${folder}/asset/${stamp}_0.png`, content: png(index * 2)},
        {file: `${folder}/asset/${stamp}_1.png`, content: png(index * 2 + 1)},
      ],
    };
  });
}

/** `count` dates, one every three days going back from `end`: a busy author's rhythm. */
export function everyThirdDay(
  count: number,
  end: {year: number; month: number; day: number},
): PostDate[] {
  const endTime = Date.UTC(end.year, end.month - 1, end.day);
  return Array.from({length: count}, (_, index) => {
    const day = new Date(endTime - index * 3 * 86_400_000);
    return calendarDate(
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
    )!;
  });
}

/**
 * A 480×270 PNG diagram of a few flat colour bands (about 2 KB, like a
 * simple figure exported from a drawing tool), different for every seed.
 */
function png(seed: number): Uint8Array {
  const width = 480;
  const height = 270;
  const next = random(seed + 7);
  const bands = Array.from({length: 6}, () => [
    Math.floor(next() * 256),
    Math.floor(next() * 256),
    Math.floor(next() * 256),
  ]);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    const colour = bands[Math.floor((y / height) * bands.length)]!;
    for (let x = 0; x < width; x += 1) {
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
