// Writes the backtest table and the Kosovo plot into docs/forecast/ (npm run backtest:docs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { backtest, backtestMarkdown, groupSvg } from '../src/analyze/forecast/index.ts';

// Hand-written notes, kept on every regeneration: which features were tried and why one was
// shipped; how the calibration was chosen, what was tried, and what recalibration cannot do.
// The figures are from leave-one-cascade-out runs (20 seeds); rerun them when the model changes.
const FEATURE_NOTES = `## Features: what was tried for discrimination

Candidate features were scored by adding them to the fifteen features the model had before \`blocBurst\`
(prior 0, the same L2 pull) and refitting everything as the shipped model is fitted — weights on the
training cascades, calibration on their out-of-fold 12-month outcomes — leave-one-cascade-out, 20 seeds.
Each uses only what is dated on or before the cut-off; "recent" means a standing recognition dated within
the last *m* months.

- Bloc partners that recognized recently: an indicator (\`blocBurstAny1\`, \`…3\`, \`…6\`) or log(1 + their
  number) (\`blocBurstN1\`, \`blocBurstN3\`, \`blocBurstN6\`); the same as an indicator for land neighbours
  (\`neighBurst3\`), subregion (\`regionBurst3\`, and a count \`regionBurstN3\`), allies (\`allyBurst3\`) or any of
  bloc, neighbour and ally (\`anyBurst3\`).
- The *share* of bloc partners, neighbours or subregion that recognized in the last 3 months
  (\`blocRecentShare3\`, \`neighRecentShare3\`, \`regionRecentShare3\`); recognitions in the subregion in 12 months (\`regionPace12\`).
- Earlier recognitions of the other entities of \`data/history/\` (\`pastRecog\`, a count; \`coRecog\`, \`coRare\`:
  shared with a current recognizer, weighted by rarity); withdrew this target before (\`withdrewBefore\`); no
  neighbour, bloc partner, subregion state or ally recognizes (\`isolated\`).
- Two cascade-level values given the state's own slope: the share already recognizing (\`coverage\`) and
  months since the latest recognition (\`quiet\`).

28 variants in all (single features and combinations). The main results, AP of the model per held-out
cascade (best baseline to beat: 0.069, 0.162, 0.075, 0.249, 0.097, 0.213):

| variant | Kosovo | Palestine | Abkhazia/S. Ossetia | Taiwan → Beijing | Taliban 1997 | Croatia/Slovenia | AP wins | Brier wins |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| fifteen features | 0.070 | 0.191 | 0.099 | 0.215 | 0.050 | 0.370 | 4 | 2 |
| **+ blocBurstN3 (shipped as \`blocBurst\`)** | 0.107 | 0.190 | 0.104 | 0.241 | 0.066 | 0.374 | 4 | 2 |
| + blocBurstAny1 | 0.099 | 0.190 | 0.110 | 0.239 | 0.066 | 0.375 | 4 | 1 |
| + blocBurstAny3 | 0.094 | 0.190 | 0.113 | 0.239 | 0.066 | 0.374 | 4 | 1 |
| + blocBurstAny6 | 0.099 | 0.190 | 0.101 | 0.240 | 0.066 | 0.372 | 4 | 2 |
| + anyBurst3 | 0.103 | 0.190 | 0.115 | 0.238 | 0.058 | 0.363 | 4 | 1 |
| + neighBurst3 | 0.072 | 0.192 | 0.089 | 0.180 | 0.050 | 0.362 | 4 | 2 |
| + regionBurstN3 | 0.070 | 0.191 | 0.094 | 0.212 | 0.050 | 0.273 | 4 | 2 |
| + allyBurst3 | 0.069 | 0.184 | 0.076 | 0.215 | 0.050 | 0.312 | 3 | 2 |
| + pastRecog | 0.078 | 0.196 | 0.120 | 0.203 | 0.017 | 0.362 | 4 | 2 |
| + withdrewBefore | 0.067 | 0.186 | 0.092 | 0.171 | 0.050 | 0.371 | 3 | 2 |
| + isolated | 0.070 | 0.188 | 0.099 | 0.214 | 0.050 | 0.370 | 4 | 2 |
| + coverage | 0.031 | 0.053 | 0.099 | 0.215 | 0.010 | 0.273 | 2 | 0 |
| + quiet | 0.069 | 0.193 | 0.094 | 0.215 | 0.050 | 0.293 | 3 | 2 |
| + blocBurstN3, pastRecog, isolated | 0.152 | 0.197 | 0.193 | 0.179 | 0.051 | 0.425 | 4 | 2 |

- **Shipped: \`blocBurst\`** (\`blocBurstN3\`): log(1 + fellow members of any of the state's blocs whose
  recognition is dated in the 3 months before the cut-off). It ranks better — AP up in Kosovo (0.070 → 0.107, a
  clear win instead of one by 0.001), Abkhazia/South Ossetia, Taiwan, the Taliban 1997 and Croatia/Slovenia,
  down 0.001 in Palestine — and leaves Brier as it was (0.02183, 0.02470, 0.00262, 0.03485, 0.00043, 0.10102
  against 0.02180, 0.02470, 0.00262, 0.03487, 0.00042, 0.10098 without it); the win counts are unchanged. Its
  reason names the partners and the bloc. The 1- and 3-month indicators and \`anyBurst3\` rank about as well but
  lose Kosovo's Brier; the 6-month indicator ranks Kosovo and Abkhazia/South Ossetia a little lower.
- No variant wins the Brier comparison in more than 2 of 6: every one loses in Abkhazia/South Ossetia, Taiwan, the
  Taliban 1997 and Croatia/Slovenia. \`pastRecog\` gets a negative weight (a likely reading, not measured: most
  such recognitions are Palestine's 1988 wave, so it marks the other camp rather than a propensity); it helps
  Kosovo, Palestine and Abkhazia/South Ossetia and costs Taiwan and the Taliban 1997. \`withdrewBefore\`, fitted
  without Taiwan (elsewhere states that withdrew did not come back), ranks Taiwan worse, where most switchers
  had moved to Taipei before. \`blocBurstN3, pastRecog, isolated\` ranks best of these in Kosovo, Abkhazia/South
  Ossetia and Croatia/Slovenia but costs Taiwan and the Taliban 1997.

Why the Brier part stays out of reach: the level more than the order. Summed over all (candidate,
cut-off) pairs of the held-out cascade, the shipped model's 12-month probabilities against the pairs that
moved:

| | Kosovo | Palestine | Abkhazia/S. Ossetia | Taiwan → Beijing | Taliban 1997 | Croatia/Slovenia |
| --- | --- | --- | --- | --- | --- | --- |
| expected | 529 | 738 | 676 | 160 | 123 | 21 |
| moved | 446 | 872 | 110 | 348 | 2 | 310 |

The two cascades that win are within 20 % of their pace; the four that lose are off by factors of about 2 to
60, in either direction, and the pace calibration fitted on the training cascades does not correct it. The
features above move the order, not that level: what is missing is a signal of a cascade's pace known at the
cut-off.
`;

const CALIBRATION_NOTES = `## Calibration: what was tried, and why the Brier part is not met

The calibration is h = σ(a + b·own + c·(level + log((O + α)/(E + α)))): *own* is the state's part of the
model's logit, *level* the intercept and common features, and (O + α)/(E + α) an empirical-Bayes multiplier
of the cascade's pace — O the recognitions seen since the cascade began, E the model's expected count for
the same months (Gamma(α, α) prior). a, b, c are fitted on the training cascades' 12-month outcomes **out of
fold** (each training cascade's logits from weights fitted without it); α ∈ {0.5, 1, 2, 4, 8} is chosen by the
training log loss (by fold: 0.5, 1, 8, 2, 2, 0.5 in the table's order; 1 in the shipped model). At a cut-off only what was known then counts; the held-out cascade
never enters a fit. The calibration moves every candidate of a cut-off alike, so AP and hit@5 are unchanged.

Against an (a, b) calibration fitted in-sample (measured with the fifteen features before \`blocBurst\`), Brier
went 0.0221 → 0.0218 (Kosovo), 0.0247 → 0.0247 (Palestine), 0.0030 → 0.0026 (Abkhazia/South Ossetia), 0.0353 →
0.0349 (Taiwan), 0.0008 → 0.0004 (Taliban 1997) and 0.0998 → 0.1010 (Croatia/Slovenia, worse: its burst came after
months of quiet, and the pace term lowers the level before it). Against the *prior rate* (the training cascades'
share, known beforehand) the shipped model wins in 5 of 6 (Taiwan narrowly, 0.03485 vs 0.03488; Croatia/Slovenia
loses); against the held-out *base rate*, in 2 of 6.

Variants tried, all scored on the same leave-one-cascade-out split with the fifteen features (52 in all; none
reached 3 of 6 Brier wins): (a, b) in-sample (the old one) and out of fold; an observed-pace covariate (recognitions per candidate
in the last 3, 6, 12, 24 months or since the start) added to the calibration, in-sample and out of fold (10); an
O/E offset with a fitted slope over 6, 12, 24 months or since the start, α ∈ {0.5, 2}, in-sample and out of
fold (16); a fixed-slope EB offset over 12 months or since the start, α ∈ {0.5, 1, 2, 4, 8}, both ways (20);
separate slopes for own and level, with and without the EB offset, both ways (4). The shipped one is the last
of these (out of fold, since the start, α chosen on the training folds).

Why recalibration cannot meet the Brier part: as a diagnostic, the shipped form (a, b·own, c·(level + pace
offset)) was fitted **on the held-out cascade itself**, with hindsight. Even so the shipped model only ties the
base rate in Abkhazia/South Ossetia (0.00244 vs 0.00244) and the Taliban 1997 (0.00019 vs 0.00020), beats it in
Taiwan by 0.0001 (0.03435 vs 0.03447) and stays above it in Croatia/Slovenia (0.0936 vs 0.0919). The slopes those
cascades want for the state's own part (b = 2.8 in Croatia/Slovenia, 3.5 in Abkhazia/South Ossetia) are far from
the 0.4–0.8 the training cascades support out of fold. In those cascades the ranking does not separate movers
from the rest sharply enough, at those base rates, for any monotone recalibration to beat a constant chosen in
hindsight; out of fold the level is off as well (see Features above).
`;

const report = backtest();
const dir = new URL('../docs/forecast/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(
  new URL('backtest.md', dir),
  `# Recognition forecast: backtest\n\n${backtestMarkdown(report)}\n${FEATURE_NOTES}\n${CALIBRATION_NOTES}\n![Kosovo](kosovo.svg)\n`,
);
const kosovo = report.groups.find((g) => g.name === 'Kosovo');
if (kosovo) writeFileSync(new URL('kosovo.svg', dir), groupSvg(kosovo, report.horizon));
console.log(
  `wrote docs/forecast/backtest.md and docs/forecast/kosovo.svg (AP wins ${report.apWins}/${report.groups.length})`,
);
