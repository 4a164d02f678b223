/** An organisation that papers are tagged with. */
export interface Org {
  /** Short display name, as shown on a tag. */
  name: string;
  /** Full name for the tooltip, when `name` is an abbreviation. */
  fullName?: string;
  url: string;
  /** Brand-ish accent colour; never used as a text colour. */
  color: string;
  /** Other spellings authors type, lower-case. */
  aliases?: readonly string[];
}

/**
 * Organisations by id. Paper headings tag them by id or by any
 * alias, so aliases must never be shared between two entries.
 */
export const orgs = {
  // Industry labs
  google: {
    name: 'Google',
    url: 'https://research.google',
    color: '#4285f4',
    aliases: ['google research', 'google brain', 'google ai'],
  },
  'google-deepmind': {
    name: 'Google DeepMind',
    url: 'https://deepmind.google',
    color: '#1a3fa0',
    aliases: ['deepmind', 'gdm'],
  },
  meta: {
    name: 'Meta',
    url: 'https://ai.meta.com',
    color: '#0866ff',
    aliases: [
      'meta ai',
      'fair',
      'meta fair',
      'facebook',
      'facebook ai',
      'facebook ai research',
      'meta genai',
      'meta superintelligence labs',
    ],
  },
  microsoft: {
    name: 'Microsoft',
    url: 'https://www.microsoft.com/en-us/research',
    color: '#00a4ef',
    aliases: [
      'msr',
      'microsoft research',
      'msra',
      'microsoft research asia',
      'microsoft ai',
    ],
  },
  openai: {
    name: 'OpenAI',
    url: 'https://openai.com',
    color: '#10a37f',
    aliases: ['open ai'],
  },
  anthropic: {
    name: 'Anthropic',
    url: 'https://www.anthropic.com',
    color: '#d97757',
  },
  nvidia: {
    name: 'NVIDIA',
    url: 'https://research.nvidia.com',
    color: '#76b900',
    aliases: ['nvidia research'],
  },
  apple: {
    name: 'Apple',
    url: 'https://machinelearning.apple.com',
    color: '#8e8e93',
    aliases: ['apple mlr', 'apple machine learning research'],
  },
  amazon: {
    name: 'Amazon',
    url: 'https://www.amazon.science',
    color: '#ff9900',
    aliases: ['aws', 'amazon science', 'amazon agi', 'amazon web services'],
  },
  ibm: {
    name: 'IBM',
    url: 'https://research.ibm.com',
    color: '#0f62fe',
    aliases: ['ibm research'],
  },
  salesforce: {
    name: 'Salesforce',
    url: 'https://www.salesforce.com',
    color: '#00a1e0',
    aliases: ['salesforce research', 'salesforce ai research'],
  },
  adobe: {
    name: 'Adobe',
    url: 'https://research.adobe.com',
    color: '#fa0f00',
    aliases: ['adobe research'],
  },
  intel: {
    name: 'Intel',
    url: 'https://www.intel.com',
    color: '#0071c5',
    aliases: ['intel labs'],
  },
  qualcomm: {
    name: 'Qualcomm',
    url: 'https://www.qualcomm.com',
    color: '#3253dc',
    aliases: ['qualcomm ai research'],
  },
  'hugging-face': {
    name: 'Hugging Face',
    url: 'https://huggingface.co',
    color: '#ffd21e',
    aliases: ['huggingface', 'hf'],
  },
  'mistral-ai': {
    name: 'Mistral AI',
    url: 'https://mistral.ai',
    color: '#fa520f',
    aliases: ['mistral', 'mistralai'],
  },
  'stability-ai': {
    name: 'Stability AI',
    url: 'https://stability.ai',
    color: '#7c3aed',
    aliases: ['stability', 'stabilityai'],
  },
  cohere: {
    name: 'Cohere',
    url: 'https://cohere.com',
    color: '#39594d',
    aliases: ['cohere for ai', 'cohere labs'],
  },
  ai2: {
    name: 'Ai2',
    fullName: 'Allen Institute for AI',
    url: 'https://allenai.org',
    color: '#f0529c',
    aliases: [
      'allen ai',
      'allenai',
      'allen institute',
      'allen institute for ai',
    ],
  },
  xai: {
    name: 'xAI',
    url: 'https://x.ai',
    color: '#3b3b3b',
    aliases: ['x.ai'],
  },
  'sakana-ai': {
    name: 'Sakana AI',
    url: 'https://sakana.ai',
    color: '#e4002b',
    aliases: ['sakana'],
  },
  databricks: {
    name: 'Databricks',
    url: 'https://www.databricks.com',
    color: '#ff3621',
    aliases: ['mosaicml', 'mosaic ml'],
  },
  eleutherai: {
    name: 'EleutherAI',
    url: 'https://www.eleuther.ai',
    color: '#5a6b7b',
    aliases: ['eleuther', 'eleuther ai'],
  },

  // Chinese labs
  alibaba: {
    name: 'Alibaba',
    url: 'https://www.alibabagroup.com',
    color: '#ff6a00',
    aliases: [
      'qwen',
      'qwen team',
      'alibaba group',
      'alibaba cloud',
      'alibaba qwen',
      'damo',
      'damo academy',
      'alibaba damo',
      'tongyi',
    ],
  },
  bytedance: {
    name: 'ByteDance',
    url: 'https://www.bytedance.com',
    color: '#3c8cff',
    aliases: ['seed', 'bytedance seed', 'byte dance', 'doubao', 'tiktok'],
  },
  tencent: {
    name: 'Tencent',
    url: 'https://www.tencent.com',
    color: '#0052d9',
    aliases: ['tencent ai lab', 'hunyuan', 'tencent hunyuan'],
  },
  baidu: {
    name: 'Baidu',
    url: 'https://research.baidu.com',
    color: '#2932e1',
    aliases: ['baidu research', 'ernie'],
  },
  deepseek: {
    name: 'DeepSeek',
    url: 'https://www.deepseek.com',
    color: '#4d6bfe',
    aliases: ['deepseek ai', 'deep seek'],
  },
  'moonshot-ai': {
    name: 'Moonshot AI',
    url: 'https://www.moonshot.cn',
    color: '#16191e',
    aliases: ['moonshot', 'kimi', 'kimi team'],
  },
  'zhipu-ai': {
    name: 'Zhipu AI',
    url: 'https://www.zhipuai.cn',
    color: '#3859ff',
    aliases: ['zhipu', 'z.ai', 'zai', 'glm', 'glm team'],
  },
  xiaomi: {
    name: 'Xiaomi',
    url: 'https://www.mi.com',
    color: '#ff4f00',
    aliases: ['shaomi', 'xiaomi mimo', 'mimo'],
  },
  huawei: {
    name: 'Huawei',
    url: 'https://www.huawei.com',
    color: '#cf0a2c',
    aliases: [
      'huawei noah',
      "huawei noah's ark lab",
      "noah's ark lab",
      'noahs ark lab',
      'pangu',
    ],
  },
  sensetime: {
    name: 'SenseTime',
    url: 'https://www.sensetime.com',
    color: '#6236ff',
    aliases: ['sense time', 'sensetime research'],
  },
  'shanghai-ai-lab': {
    name: 'Shanghai AI Lab',
    fullName: 'Shanghai Artificial Intelligence Laboratory',
    url: 'https://www.shlab.org.cn',
    color: '#1f4e9c',
    aliases: [
      'shanghai ai laboratory',
      'shanghai artificial intelligence laboratory',
      'shlab',
      'pjlab',
      'internlm',
      'opengvlab',
    ],
  },
  'ant-group': {
    name: 'Ant Group',
    url: 'https://www.antgroup.com',
    color: '#1677ff',
    aliases: ['ant', 'antgroup', 'ant research', 'inclusionai', 'inclusion ai'],
  },
  meituan: {
    name: 'Meituan',
    url: 'https://www.meituan.com',
    color: '#ffc300',
    aliases: ['longcat', 'meituan longcat'],
  },
  kuaishou: {
    name: 'Kuaishou',
    url: 'https://www.kuaishou.com',
    color: '#ff5000',
    aliases: ['kwai', 'kling', 'kuaishou technology'],
  },
  minimax: {
    name: 'MiniMax',
    url: 'https://www.minimaxi.com',
    color: '#e73c5a',
    aliases: ['mini max'],
  },
  stepfun: {
    name: 'StepFun',
    url: 'https://www.stepfun.com',
    color: '#0a58ff',
    aliases: ['step fun'],
  },
  baai: {
    name: 'BAAI',
    fullName: 'Beijing Academy of Artificial Intelligence',
    url: 'https://www.baai.ac.cn',
    color: '#2b5ca8',
    aliases: [
      'beijing academy of artificial intelligence',
      'beijing academy of ai',
    ],
  },
  '01-ai': {
    name: '01.AI',
    url: 'https://www.01.ai',
    color: '#133426',
    aliases: ['01.ai', '01ai', 'lingyiwanwu'],
  },

  // Korean labs and universities
  naver: {
    name: 'NAVER',
    url: 'https://www.navercorp.com',
    color: '#03c75a',
    aliases: [
      'naver cloud',
      'navercloud',
      'naver ai lab',
      'naver labs',
      'naver clova',
      'clova',
      'hyperclova',
      '네이버',
      '네이버 클라우드',
    ],
  },
  kakao: {
    name: 'Kakao',
    url: 'https://www.kakaocorp.com',
    color: '#fee500',
    aliases: ['kakao brain', 'kakaobrain', 'kakao enterprise', '카카오'],
  },
  'lg-ai-research': {
    name: 'LG AI Research',
    url: 'https://www.lgresearch.ai',
    color: '#a50034',
    aliases: ['lg', 'lg ai', 'lgai', 'exaone', 'lg ai연구원', 'lg ai 연구원'],
  },
  samsung: {
    name: 'Samsung',
    url: 'https://research.samsung.com',
    color: '#1428a0',
    aliases: [
      'samsung research',
      'samsung electronics',
      'samsung ai center',
      'sait',
      '삼성',
      '삼성전자',
    ],
  },
  'sk-telecom': {
    name: 'SK Telecom',
    url: 'https://www.sktelecom.com',
    color: '#ea002c',
    aliases: ['skt', 'sktelecom', 'sk텔레콤'],
  },
  upstage: {
    name: 'Upstage',
    url: 'https://www.upstage.ai',
    color: '#805cfb',
    aliases: ['upstage ai', '업스테이지'],
  },
  kaist: {
    name: 'KAIST',
    fullName: 'Korea Advanced Institute of Science and Technology',
    url: 'https://www.kaist.ac.kr',
    color: '#004191',
    aliases: ['korea advanced institute of science and technology', '카이스트'],
  },
  'seoul-national-university': {
    name: 'Seoul National University',
    url: 'https://www.snu.ac.kr',
    color: '#0f0f70',
    aliases: ['snu', '서울대', '서울대학교'],
  },
  postech: {
    name: 'POSTECH',
    fullName: 'Pohang University of Science and Technology',
    url: 'https://www.postech.ac.kr',
    color: '#c80150',
    aliases: ['pohang university of science and technology', '포스텍'],
  },
  'yonsei-university': {
    name: 'Yonsei University',
    url: 'https://www.yonsei.ac.kr',
    color: '#003876',
    aliases: ['yonsei', '연세대', '연세대학교'],
  },
  'korea-university': {
    name: 'Korea University',
    url: 'https://www.korea.ac.kr',
    color: '#8b0029',
    aliases: ['korea univ', '고려대', '고려대학교'],
  },

  // Universities and institutes
  harvard: {
    name: 'Harvard',
    fullName: 'Harvard University',
    url: 'https://www.harvard.edu',
    color: '#a51c30',
    aliases: ['harvard university'],
  },
  mit: {
    name: 'MIT',
    fullName: 'Massachusetts Institute of Technology',
    url: 'https://www.mit.edu',
    color: '#a31f34',
    aliases: ['massachusetts institute of technology', 'mit csail', 'csail'],
  },
  stanford: {
    name: 'Stanford',
    fullName: 'Stanford University',
    url: 'https://www.stanford.edu',
    color: '#8c1515',
    aliases: ['stanford university'],
  },
  'uc-berkeley': {
    name: 'UC Berkeley',
    fullName: 'University of California, Berkeley',
    url: 'https://www.berkeley.edu',
    color: '#002676',
    aliases: [
      'berkeley',
      'ucb',
      'university of california, berkeley',
      'university of california berkeley',
      'bair',
    ],
  },
  'carnegie-mellon': {
    name: 'CMU',
    fullName: 'Carnegie Mellon University',
    url: 'https://www.cmu.edu',
    color: '#c41230',
    aliases: ['cmu', 'carnegie mellon university'],
  },
  princeton: {
    name: 'Princeton',
    fullName: 'Princeton University',
    url: 'https://www.princeton.edu',
    color: '#e77500',
    aliases: ['princeton university'],
  },
  oxford: {
    name: 'Oxford',
    fullName: 'University of Oxford',
    url: 'https://www.ox.ac.uk',
    color: '#002147',
    aliases: ['university of oxford', 'oxford university'],
  },
  cambridge: {
    name: 'Cambridge',
    fullName: 'University of Cambridge',
    url: 'https://www.cam.ac.uk',
    color: '#85b09a',
    aliases: ['university of cambridge', 'cambridge university'],
  },
  'eth-zurich': {
    name: 'ETH Zurich',
    url: 'https://ethz.ch',
    color: '#215caf',
    aliases: ['eth', 'ethz', 'eth zürich'],
  },
  epfl: {
    name: 'EPFL',
    fullName: 'École polytechnique fédérale de Lausanne',
    url: 'https://www.epfl.ch',
    color: '#ff0000',
  },
  'max-planck': {
    name: 'Max Planck',
    fullName: 'Max Planck Society',
    url: 'https://www.mpg.de',
    color: '#006c66',
    aliases: [
      'mpi',
      'max planck institute',
      'max planck society',
      'mpi is',
      'mpi inf',
    ],
  },
  ucl: {
    name: 'UCL',
    fullName: 'University College London',
    url: 'https://www.ucl.ac.uk',
    color: '#500778',
    aliases: ['university college london'],
  },
  tsinghua: {
    name: 'Tsinghua',
    fullName: 'Tsinghua University',
    url: 'https://www.tsinghua.edu.cn',
    color: '#660874',
    aliases: ['tsinghua university', 'thu'],
  },
  'peking-university': {
    name: 'Peking University',
    url: 'https://www.pku.edu.cn',
    color: '#8c0000',
    aliases: ['pku', 'peking'],
  },
  'zhejiang-university': {
    name: 'Zhejiang University',
    url: 'https://www.zju.edu.cn',
    color: '#003f88',
    aliases: ['zju', 'zhejiang'],
  },
  fudan: {
    name: 'Fudan',
    fullName: 'Fudan University',
    url: 'https://www.fudan.edu.cn',
    color: '#0e419c',
    aliases: ['fudan university'],
  },
  sjtu: {
    name: 'SJTU',
    fullName: 'Shanghai Jiao Tong University',
    url: 'https://www.sjtu.edu.cn',
    color: '#c0272d',
    aliases: ['shanghai jiao tong university', 'shanghai jiaotong university'],
  },
  ustc: {
    name: 'USTC',
    fullName: 'University of Science and Technology of China',
    url: 'https://www.ustc.edu.cn',
    color: '#034ea1',
    aliases: ['university of science and technology of china'],
  },
  hkust: {
    name: 'HKUST',
    fullName: 'The Hong Kong University of Science and Technology',
    url: 'https://hkust.edu.hk',
    color: '#003366',
    aliases: ['hong kong university of science and technology'],
  },
  cuhk: {
    name: 'CUHK',
    fullName: 'The Chinese University of Hong Kong',
    url: 'https://www.cuhk.edu.hk',
    color: '#6f2c91',
    aliases: ['chinese university of hong kong'],
  },
  hku: {
    name: 'HKU',
    fullName: 'The University of Hong Kong',
    url: 'https://www.hku.hk',
    color: '#024638',
    aliases: ['university of hong kong'],
  },
  nus: {
    name: 'NUS',
    fullName: 'National University of Singapore',
    url: 'https://nus.edu.sg',
    color: '#ef7c00',
    aliases: ['national university of singapore'],
  },
  'nanyang-technological-university': {
    name: 'NTU Singapore',
    fullName: 'Nanyang Technological University',
    url: 'https://www.ntu.edu.sg',
    color: '#181c62',
    // Plain "ntu" is left out: National Taiwan University uses it too.
    aliases: ['ntu singapore', 'nanyang', 's-lab'],
  },
  'university-of-tokyo': {
    name: 'University of Tokyo',
    url: 'https://www.u-tokyo.ac.jp',
    color: '#2e6fb4',
    aliases: ['utokyo', 'u tokyo', 'tokyo university'],
  },
  toronto: {
    name: 'Toronto',
    fullName: 'University of Toronto',
    url: 'https://www.utoronto.ca',
    color: '#1e3765',
    aliases: ['university of toronto', 'uoft', 'u of t', 'utoronto'],
  },
  mila: {
    name: 'Mila',
    fullName: 'Mila – Quebec AI Institute',
    url: 'https://mila.quebec',
    color: '#e1245c',
    aliases: ['mila quebec', 'mila quebec ai institute'],
  },
  nyu: {
    name: 'NYU',
    fullName: 'New York University',
    url: 'https://www.nyu.edu',
    color: '#57068c',
    aliases: ['new york university'],
  },
  'university-of-washington': {
    name: 'UW',
    fullName: 'University of Washington',
    url: 'https://www.washington.edu',
    color: '#4b2e83',
    aliases: ['uw', 'washington'],
  },
  ucla: {
    name: 'UCLA',
    fullName: 'University of California, Los Angeles',
    url: 'https://www.ucla.edu',
    color: '#2774ae',
    aliases: ['university of california, los angeles'],
  },
  ucsd: {
    name: 'UC San Diego',
    fullName: 'University of California San Diego',
    url: 'https://ucsd.edu',
    color: '#182b49',
    aliases: ['uc san diego', 'university of california san diego'],
  },
  uiuc: {
    name: 'UIUC',
    fullName: 'University of Illinois Urbana-Champaign',
    url: 'https://illinois.edu',
    color: '#e84a27',
    aliases: ['university of illinois urbana champaign', 'illinois'],
  },
  'ut-austin': {
    name: 'UT Austin',
    fullName: 'The University of Texas at Austin',
    url: 'https://www.utexas.edu',
    color: '#bf5700',
    aliases: ['university of texas at austin', 'utexas'],
  },
  'georgia-tech': {
    name: 'Georgia Tech',
    fullName: 'Georgia Institute of Technology',
    url: 'https://www.gatech.edu',
    color: '#b3a369',
    aliases: ['georgia institute of technology', 'gatech'],
  },
  columbia: {
    name: 'Columbia',
    fullName: 'Columbia University',
    url: 'https://www.columbia.edu',
    color: '#75aadb',
    aliases: ['columbia university'],
  },
  cornell: {
    name: 'Cornell',
    fullName: 'Cornell University',
    url: 'https://www.cornell.edu',
    color: '#b31b1b',
    aliases: ['cornell university'],
  },
} as const satisfies Record<string, Org>;

/** Id of an organisation in the registry. */
export type OrgId = keyof typeof orgs;

/** A registry hit: the id and the organisation it names. */
export interface ResolvedOrg {
  id: OrgId;
  org: Org;
}

// Authors mix `Stability AI`, `stability_ai` and `stability-ai` freely.
function normalize(tag: string): string {
  return tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const orgIds = Object.keys(orgs) as OrgId[];

const spellings: ReadonlyMap<string, OrgId> = new Map(
  orgIds.flatMap((id) => {
    const org: Org = orgs[id];
    return [id, ...(org.aliases ?? [])].map(
      (spelling) => [normalize(spelling), id] as const,
    );
  }),
);

/**
 * The organisation a heading tag names, by id or alias, ignoring case,
 * surrounding whitespace and the choice between spaces, `_` and `-`.
 */
export function resolveOrg(tag: string): ResolvedOrg | undefined {
  const id = spellings.get(normalize(tag));
  return id === undefined ? undefined : {id, org: orgs[id]};
}

const names: ReadonlyMap<string, OrgId> = new Map(
  orgIds.flatMap((id) => {
    const org: Org = orgs[id];
    return [org.name, ...(org.fullName ? [org.fullName] : [])].map(
      (name) => [normalize(name), id] as const,
    );
  }),
);

/**
 * The organisation an affiliation names exactly ("Harvard University",
 * "Google DeepMind"), by id, alias, name or full name; a comma-separated
 * affiliation is tried part by part, the last part (the institution) first.
 * Never a near match: a tag suggested from metadata must not be a guess.
 */
export function orgForAffiliation(affiliation: string): OrgId | undefined {
  const parts = affiliation.split(/[,;]/).map(normalize).filter(Boolean);
  for (const part of [normalize(affiliation), ...parts.reverse()]) {
    const id = spellings.get(part) ?? names.get(part);
    if (id) return id;
  }
  return undefined;
}

/**
 * What a page needs to show a tag: the organisation's id, names and colour
 * when the registry knows it, else only the tag as written. Resolved at build
 * time so that the registry never reaches the browser.
 */
export interface OrgLabel {
  id?: OrgId;
  name: string;
  fullName?: string;
  color?: string;
}

/** The label of a tag as written in a post. */
export function orgLabel(tag: string): OrgLabel {
  const resolved = resolveOrg(tag);
  if (!resolved) {
    return {name: tag.trim()};
  }
  const {id, org} = resolved;
  return {
    id,
    name: org.name,
    ...(org.fullName && {fullName: org.fullName}),
    color: org.color,
  };
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution =
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(
          (previous[j] ?? 0) + 1,
          (current[j - 1] ?? 0) + 1,
          substitution,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The id whose name or alias is nearest to an unknown tag, for "did you
 * mean" hints; `undefined` when even the nearest needs edits to more than a
 * third of the tag.
 */
export function closestOrgId(tag: string): OrgId | undefined {
  const query = normalize(tag);
  const budget = Math.floor(query.length / 3);
  let best: {id: OrgId; distance: number} | undefined;
  for (const [spelling, id] of spellings) {
    const distance = levenshtein(query, spelling);
    if (distance <= budget && (!best || distance < best.distance)) {
      best = {id, distance};
    }
  }
  return best?.id;
}
