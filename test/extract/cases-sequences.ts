import type { Case } from './cases.ts';

// Sequences of acts: verbs joined by "and" keep their own words and dates, "did the same" repeats a listing told
// just before, and a path of one's own is no one's example.
export const SEQUENCES_CASES: Case[] = [
  {
    text: 'Uzbekistan hosted Taliban delegations in 2021 and accredited a Taliban envoy in 2022.',
    published: '2025-08-20',
    expect: ['UZB MEET TALIBAN asserted 2021', 'UZB ACCEPT_ENVOY TALIBAN asserted 2022'],
    forbid: ['UZB ACCEPT_ENVOY TALIBAN asserted 2021'],
  },
  {
    text: "Uzbekistan hosted Taliban delegations in Termez as early as 2021, accredited a Taliban-appointed chargé d'affaires in 2022, and has since signed more than a dozen agreements with the Taliban.",
    published: '2025-08-20',
    expect: [
      'UZB MEET TALIBAN asserted 2021',
      'UZB ACCEPT_ENVOY TALIBAN asserted 2022',
      'UZB AGREEMENT TALIBAN asserted null',
    ],
    forbid: ['UZB ACCEPT_ENVOY TALIBAN asserted 2021'],
  },
  {
    text: 'China accepted and hosted a Taliban ambassador in January.',
    published: '2024-03-01',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  {
    text: 'Kazakhstan removed the Taliban from its list of banned organisations in December 2023. Kyrgyzstan did the same in September 2024.',
    published: '2025-08-20',
    expect: ['KAZ DELIST TALIBAN asserted 2023-12', 'KGZ DELIST TALIBAN asserted 2024-09'],
  },
  {
    text: 'Uzbekistan accredited a Taliban envoy in 2022. Kazakhstan removed the Taliban from its list of banned organisations in December 2023. Kyrgyzstan did the same in September 2024.',
    published: '2025-08-20',
    expect: ['KGZ DELIST TALIBAN asserted 2024-09'],
    forbid: ['KGZ ACCEPT_ENVOY'],
  },
  {
    text: 'Uzbekistan accredited a Taliban envoy in 2022. Kazakhstan followed a more cautious path.',
    published: '2025-08-20',
    expect: ['UZB ACCEPT_ENVOY TALIBAN asserted 2022'],
    forbid: ['KAZ ACCEPT_ENVOY'],
  },
  // "their" recognition is each one's own; "their" missions, with no other party, are held of each other
  {
    text: 'Vanuatu and Tuvalu, which had recognised Abkhazia, later withdrew their recognition under pressure from Tbilisi.',
    published: '2014-04-01',
    expect: ['VUT WITHDRAW_RECOGNITION ABKHAZIA asserted null', 'TUV WITHDRAW_RECOGNITION ABKHAZIA asserted null'],
    forbid: ['VUT WITHDRAW_RECOGNITION TUV', 'TUV WITHDRAW_RECOGNITION VUT', 'VUT WITHDRAW_RECOGNITION GEO'],
  },
  // a start told past a comma is another clause's
  {
    text: 'Sierra Leone revoked its recognition of Kosovo, the latest in a string of reversals Belgrade has claimed since 2017.',
    published: '2025-03-13',
    expect: ['SLE WITHDRAW_RECOGNITION XKX asserted null'],
    forbid: ['SLE WITHDRAW_RECOGNITION XKX asserted 2017'],
  },
  // "both" as a subject: the pair just named
  {
    text: 'Neither China nor Iran has recognised the Taliban, though both host its envoys.',
    published: '2025-08-20',
    expect: [
      'CHN RECOGNIZE TALIBAN negated null',
      'IRN RECOGNIZE TALIBAN negated null',
      'CHN ACCEPT_ENVOY TALIBAN asserted null',
      'IRN ACCEPT_ENVOY TALIBAN asserted null',
    ],
  },
  {
    text: 'Spain and Ireland recognised Palestine, and both opened embassies in Ramallah.',
    published: '2024-06-20',
    expect: ['ESP OPEN_MISSION PSE asserted null', 'IRL OPEN_MISSION PSE asserted null'],
  },
  {
    text: 'Russia recognised the Taliban in July. Belarus will follow its own path.',
    published: '2025-08-20',
    forbid: ['BLR RECOGNIZE'],
  },
  {
    text: 'Russia recognised the Taliban in July. Belarus may follow its path.',
    published: '2025-08-20',
    expect: ['BLR RECOGNIZE TALIBAN speculated null'],
  },
];
