/**
 * What the sample newsroom publishes while a test follows the reference story: two new articles
 * on it, from two outlets that had not covered it, and one distractor sharing its words (Nvidia,
 * chips, Korea) about something else. Written for these tests (fiction in the style of the
 * newsroom's own articles; licence: the repository's).
 */
import type { PublishedArticle } from './server';

export const FOLLOW_UP_STORY: PublishedArticle[] = [
  {
    outlet: 'rhine-post',
    slug: 'nvidia-korea-first-blackwell-deliveries',
    title: 'First of Nvidia’s 260,000 Blackwell GPUs reach South Korea as Samsung and SK Group switch on AI factories',
    dek: 'Samsung Electronics and SK Group took the first deliveries of the Nvidia chips promised at the APEC summit in Gyeongju, and Seoul named the power plants that will feed the new AI factories.',
    author: 'Jonas Adler',
    published: '2025-11-04T09:00:00+01:00',
    section: 'Business',
    story: 'nvidia-korea',
    body: [
      'The first Blackwell graphics processors of Nvidia’s deal to supply more than 260,000 GPUs to South Korea arrived at Samsung Electronics and SK Group this week, four days after chief executive Jensen Huang announced the agreement at the APEC summit in Gyeongju.',
      'Samsung said its “AI megafactory” would start running digital twins of its chip fabs before the end of the year. SK Group said the first racks of its own AI factory were installed at a data centre south of Seoul.',
      'The science ministry named three power plants that will supply the new clusters, answering critics who had asked how the grid would cope with the Nvidia chips.',
    ],
  },
  {
    outlet: 'pacific-tribune',
    slug: 'korea-nvidia-deal-naver-hyundai-sites',
    title: 'Naver and Hyundai pick sites for AI factories built on South Korea’s 260,000-GPU Nvidia deal',
    dek: 'Naver Cloud and Hyundai Motor Group named where their shares of the Nvidia Blackwell GPUs announced at APEC will go, as South Korea pushes its sovereign AI plan.',
    author: 'Mia Thompson',
    published: '2025-11-05T08:30:00+11:00',
    section: 'World',
    story: 'nvidia-korea',
    body: [
      'Naver Cloud and Hyundai Motor Group said on Tuesday where they would put their shares of the more than 260,000 Nvidia Blackwell GPUs that South Korea secured at the APEC summit.',
      'Naver Cloud will build in Chuncheon, where its existing data centre already runs its HyperCLOVA X models. Hyundai Motor Group chose Uiwang for the physical-AI cluster it is building with Nvidia.',
      'President Lee Jae-myung’s government says the deal puts South Korea on course to be one of the top three AI powers.',
    ],
  },
];

export const FOLLOW_UP_DISTRACTOR: PublishedArticle = {
  outlet: 'metro-daily',
  slug: 'nvidia-shares-export-rules-china',
  title: 'Nvidia shares slip as new chip export rules squeeze China sales',
  dek: 'Investors sold chipmakers after Washington tightened licences for AI accelerators bound for China; Korean memory makers fell in sympathy.',
  author: 'Carla Reyes',
  published: '2025-11-04T16:00:00-05:00',
  section: 'Business',
  story: 'distractor',
  body: [
    'Shares of Nvidia fell 4 percent on Tuesday after the Commerce Department tightened export licences for artificial-intelligence chips sold to Chinese customers.',
    'Analysts said the rules would cut Nvidia’s China revenue further. Korean memory makers, which supply high-bandwidth memory for the accelerators, fell in sympathy in Seoul.',
  ],
};
