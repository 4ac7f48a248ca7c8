// Writes the backtest table and the Kosovo plot into docs/forecast/ (npm run backtest:docs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { backtest, backtestMarkdown, groupSvg } from '../src/analyze/forecast/index.ts';

// Hand-written: how the calibration was chosen, what was tried, and what recalibration cannot do.
const CALIBRATION_NOTES = `## Calibration: what was tried, and why the Brier part is not met

The calibration is h = σ(a + b·own + c·(level + log((O + α)/(E + α)))): *own* is the state's part of the
model's logit, *level* the intercept and common features, and (O + α)/(E + α) an empirical-Bayes multiplier
of the cascade's pace — O the recognitions seen since the cascade began, E the model's expected count for
the same months (Gamma(α, α) prior). a, b, c are fitted on the training cascades' 12-month outcomes **out of
fold** (each training cascade's logits from weights fitted without it); α ∈ {0.5, 1, 2, 4, 8} is chosen by the
training log loss (by fold: 1, 1, 8, 2, 2, 0.5 in the table's order; 2 in the shipped model). At a cut-off only what was known then counts; the held-out cascade
never enters a fit. The calibration moves every candidate of a cut-off alike, so AP and hit@5 are unchanged.

Against the previous (a, b) calibration fitted in-sample, Brier went 0.0221 → 0.0218 (Kosovo), 0.0247 → 0.0247
(Palestine), 0.0030 → 0.0026 (Abkhazia/South Ossetia), 0.0353 → 0.0349 (Taiwan), 0.0008 → 0.0004 (Taliban
1997) and 0.0998 → 0.1010 (Croatia/Slovenia, worse: its burst came after months of quiet, and the pace term
lowers the level before it). Against the *prior rate* (the training cascades' share, known beforehand) the model
now wins in 4 of 6 (Taiwan is a tie, 0.03487 vs 0.03488; Croatia/Slovenia loses). Against the held-out *base rate* it still wins 2 of 6.

Variants tried, all scored on the same leave-one-cascade-out split (52 in all; none reached 3 of 6 Brier
wins): (a, b) in-sample (the old one) and out of fold; an observed-pace covariate (recognitions per candidate
in the last 3, 6, 12, 24 months or since the start) added to the calibration, in-sample and out of fold (10); an
O/E offset with a fitted slope over 6, 12, 24 months or since the start, α ∈ {0.5, 2}, in-sample and out of
fold (16); a fixed-slope EB offset over 12 months or since the start, α ∈ {0.5, 1, 2, 4, 8}, both ways (20);
separate slopes for own and level, with and without the EB offset, both ways (4). The shipped one is the last
of these (out of fold, since the start, α chosen on the training folds).

Why recalibration cannot meet the Brier part: as a diagnostic, (a, b) — and separately (a, b·own, c·level) —
were fitted **on the held-out cascade itself**, with hindsight. Even so the model only ties the base rate in
Abkhazia/South Ossetia (0.00244 vs 0.00244), Taliban 1997 (0.00020 vs 0.00020) and Croatia/Slovenia (0.0919 vs
0.0919; 0.0947 with one slope), and beats it in Taiwan by 0.0001. In those cascades the ranking does not
separate movers from the rest sharply enough, at those base rates, for any monotone recalibration to beat a
constant chosen in hindsight. Meeting the bar needs better discrimination (features, data), not calibration.
`;

const report = backtest();
const dir = new URL('../docs/forecast/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(
  new URL('backtest.md', dir),
  `# Recognition forecast: backtest\n\n${backtestMarkdown(report)}\n${CALIBRATION_NOTES}\n![Kosovo](kosovo.svg)\n`,
);
const kosovo = report.groups.find((g) => g.name === 'Kosovo');
if (kosovo) writeFileSync(new URL('kosovo.svg', dir), groupSvg(kosovo, report.horizon));
console.log(
  `wrote docs/forecast/backtest.md and docs/forecast/kosovo.svg (AP wins ${report.apWins}/${report.groups.length})`,
);
