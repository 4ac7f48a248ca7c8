import type { Case } from './cases.ts';

// Reactions told from the act's side ("drew a rebuke from Israel"), agreements and invitations that announce an
// act rather than state it, and a mission placed by the one who allowed it.
export const REACTIONS_CASES: Case[] = [
  {
    text: "Armenia's decision to recognise Palestine drew a sharp rebuke from Israel, which recalled its ambassador from Yerevan.",
    published: '2024-06-22',
    expect: ['ARM RECOGNIZE PSE asserted null', 'ISR CONDEMN ARM asserted null'],
  },
  {
    text: 'Israel recognised Kosovo in February. The move drew criticism from the Arab League.',
    published: '2021-03-01',
    expect: ['ISR RECOGNIZE XKX asserted 2021-02', 'ARAB_LEAGUE CONDEMN ISR asserted null'],
  },
  {
    text: 'Pristina opened an embassy in Jerusalem, a move that drew criticism from the EU.',
    published: '2021-03-15',
    expect: ['XKX OPEN_MISSION ISR asserted null', 'EU CONDEMN XKX asserted null'],
  },
  {
    text: "Israel's recognition of Somaliland drew condemnation from the Arab League and the African Union.",
    published: '2025-12-28',
    expect: [
      'ISR RECOGNIZE SOMALILAND asserted null',
      'ARAB_LEAGUE CONDEMN ISR asserted null',
      'AU CONDEMN ISR asserted null',
    ],
  },
  {
    text: 'The Armenian decision drew praise from the Palestinian Authority.',
    published: '2024-06-22',
    expect: ['PSE PRAISE ARM asserted null'],
  },
  {
    text: 'The decision drew criticism from opposition lawmakers and human rights groups.',
    published: '2024-06-22',
    none: true,
  },
  // an agreement to act announces the act
  {
    text: "Ghana and Kosovo agreed to open embassies in each other's capitals, the Kosovan foreign ministry said.",
    published: '2025-06-10',
    expect: ['GHA OPEN_MISSION XKX intended null', 'XKX OPEN_MISSION GHA intended null'],
    forbid: ['GHA OPEN_MISSION XKX asserted', 'XKX OPEN_MISSION GHA asserted'],
  },
  {
    text: 'Kazakhstan agreed to accept a Taliban envoy.',
    published: '2025-06-10',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN intended null'],
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN asserted'],
  },
  // a date inside the cue ("agreed on Friday to"); "their" missions of two parties are theirs to each other
  {
    text: 'Pakistan and the Taliban agreed on Friday to upgrade their diplomatic missions to embassy level.',
    published: '2025-05-31',
    expect: ['PAK OPEN_MISSION TALIBAN intended', 'TALIBAN OPEN_MISSION PAK intended'].map((r) => `${r} 2025-05-30`),
    forbid: ['PAK OPEN_MISSION TALIBAN asserted', 'TALIBAN OPEN_MISSION PAK asserted'],
  },
  {
    text: 'Israel and Morocco reopened their liaison offices in 2020.',
    published: '2021-01-10',
    expect: ['ISR OPEN_MISSION MAR asserted 2020', 'MAR OPEN_MISSION ISR asserted 2020'],
  },
  {
    text: 'Belgium pledged last month to recognise Palestine.',
    published: '2025-08-05',
    expect: ['BEL INTEND_RECOGNIZE PSE asserted 2025-07', 'BEL RECOGNIZE PSE intended null'],
    forbid: ['BEL RECOGNIZE PSE asserted'],
  },
  // an invitation to act is no act
  {
    text: 'Serbia invited Ghana to withdraw its recognition of Kosovo.',
    published: '2025-06-10',
    forbid: ['GHA WITHDRAW_RECOGNITION XKX asserted', 'SRB WITHDRAW_RECOGNITION'],
  },
  {
    text: 'Kenya invited Somaliland to open a liaison office.',
    published: '2025-06-10',
    forbid: ['SOMALILAND OPEN_MISSION KEN asserted'],
  },
  // the one who allowed a mission hosts it
  {
    text: 'Beijing recalled its ambassador after Vilnius allowed Taiwan to open a representative office under its own name.',
    published: '2021-08-11',
    expect: ['TWN OPEN_MISSION LTU asserted null'],
  },
];
