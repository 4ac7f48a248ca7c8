import type { Case } from './cases.ts';

// Stances and questions that state no act: a recognition a modal predicate conditions, one a speaker is "in favour
// of" or "open to", one resisted, and a question's "who"; against them, what a relative clause inside a question
// still states.
export const STANCES_CASES: Case[] = [
  {
    text: 'Germany has said recognition of a Palestinian state must come at the end of a negotiated process.',
    published: '2025-09-25',
    expect: ['DEU RECOGNIZE PSE speculated null'],
    forbid: ['DEU RECOGNIZE PSE asserted'],
  },
  {
    text: 'Recognition of Kosovo by Spain should follow a deal between Belgrade and Pristina, officials in Madrid say.',
    published: '2024-02-17',
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  {
    text: 'Prime Minister Giorgia Meloni said she was in favour of recognising Palestine, but only once Hamas had been disarmed.',
    published: '2025-09-25',
    expect: ['ITA RECOGNIZE PSE speculated null'],
    forbid: ['ITA RECOGNIZE PSE asserted'],
  },
  {
    text: 'Tokyo said it was open to recognising Palestine at an appropriate time.',
    published: '2025-09-25',
    expect: ['JPN RECOGNIZE PSE speculated null'],
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  {
    text: 'Japan has so far resisted pressure to recognise Palestine.',
    published: '2025-09-25',
    expect: ['JPN RECOGNIZE PSE negated null'],
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  {
    text: 'Britain recognised Palestine on Sunday. Japan has so far resisted pressure to follow suit.',
    published: '2025-09-23',
    expect: ['GBR RECOGNIZE PSE asserted 2025-09-21', 'JPN RECOGNIZE PSE negated null'],
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  // a question's "who" names no one; the names of its opening are no subject
  {
    text: 'After Britain and France, who is next to recognise Palestine?',
    published: '2025-09-25',
    none: true,
  },
  {
    text: 'Analysis: After Russia, which country will recognise the Taliban next?',
    published: '2025-07-10',
    none: true,
  },
  // "not yet" with a perfect is a fact denied; "not yet ready to" declares a refusal
  {
    text: 'Kenya opened a liaison office in Pristina, but Nairobi later said it had not yet recognised Kosovo.',
    published: '2025-03-13',
    expect: ['KEN RECOGNIZE XKX negated null'],
    forbid: ['KEN REFUSE_RECOGNITION', 'KEN RECOGNIZE XKX asserted'],
  },
  {
    text: 'Japan said it was not yet ready to recognise a Palestinian state.',
    published: '2025-09-25',
    expect: ['JPN REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  // the speaker of a clause with no "that" is not the actor of the group it reports on
  {
    text: 'Togo, Suriname and Ghana are among the countries Belgrade says have withdrawn recognition of Kosovo.',
    published: '2025-03-13',
    expect: [
      'TGO WITHDRAW_RECOGNITION XKX asserted null',
      'SUR WITHDRAW_RECOGNITION XKX asserted null',
      'GHA WITHDRAW_RECOGNITION XKX asserted null',
    ],
    forbid: ['SRB WITHDRAW_RECOGNITION'],
  },
  {
    text: 'Ghana is one of the states Serbia claims have revoked their recognition of Kosovo.',
    published: '2025-03-13',
    expect: ['GHA WITHDRAW_RECOGNITION XKX asserted null'],
    forbid: ['SRB WITHDRAW_RECOGNITION'],
  },
  // a permission's infinitive is neither the granter's act nor yet done; "travel" before a noun is its modifier
  {
    text: 'Muttaqi, who is on a week-long visit to India after the U.N. Security Council granted him a travel exemption, said the Taliban would send an ambassador to New Delhi soon.',
    published: '2025-10-10',
    expect: ['TALIBAN MEET IND asserted null', 'TALIBAN SEND_ENVOY IND intended null'],
    forbid: ['UN MEET'],
  },
  {
    text: 'The Security Council granted Muttaqi a travel exemption to visit Moscow.',
    published: '2025-09-30',
    forbid: ['UN MEET', 'TALIBAN MEET RUS asserted'],
  },
  {
    text: 'Muttaqi will travel to Moscow next week, his spokesman said.',
    published: '2025-07-05',
    expect: ['TALIBAN MEET RUS intended 2025-07'],
  },
  // "not the first time" says it happened before; being prevented from an act is its negation, by the one prevented
  {
    text: 'It is not the first time Russia has hosted a Taliban delegation.',
    published: '2025-07-05',
    expect: ['RUS MEET TALIBAN asserted null'],
    forbid: ['RUS MEET TALIBAN negated'],
  },
  {
    text: 'Washington prevented Kyiv from recognising Abkhazia.',
    published: '2010-07-05',
    expect: ['UKR RECOGNIZE ABKHAZIA negated null'],
    forbid: ['USA RECOGNIZE', 'UKR RECOGNIZE ABKHAZIA asserted'],
  },
  {
    text: 'Nothing prevents Kazakhstan from recognising the Taliban, analysts say.',
    published: '2025-07-05',
    forbid: ['KAZ RECOGNIZE TALIBAN asserted'],
  },
  // a relative clause inside a question still states its act
  {
    text: 'Will Russia, which recognised the Taliban, host its envoy?',
    published: '2025-07-10',
    expect: ['RUS RECOGNIZE TALIBAN asserted null', 'RUS ACCEPT_ENVOY TALIBAN speculated null'],
    forbid: ['RUS RECOGNIZE TALIBAN speculated', 'RUS ACCEPT_ENVOY TALIBAN asserted'],
  },
];
