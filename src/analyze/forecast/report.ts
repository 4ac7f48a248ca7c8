// The backtest as a markdown table and one cascade as an SVG plot (hand-written SVG, no dependency).
import { BASELINES, type BacktestReport, type GroupResult, RANKERS, type Ranker } from './backtest.ts';
import { monthsBetween } from './dates.ts';

const f3 = (v: number): string => v.toFixed(3);
const f4 = (v: number): string => v.toFixed(4);

function bestAp(g: GroupResult): Ranker {
  return RANKERS.reduce((best, r) => (g.ranks[r].ap > g.ranks[best].ap ? r : best), RANKERS[0]);
}

/** The per-cascade table with the model against the baselines, and what it means. */
export function backtestMarkdown(report: BacktestReport): string {
  const lines: string[] = [];
  const n = report.groups.length;
  lines.push(`Leave-one-cascade-out backtest, horizon ${report.horizon} months (\`chancery backtest\`).`);
  lines.push('');
  lines.push(
    `| cascade | cut-offs scored | recognitions | base rate | ${RANKERS.map((r) => `AP ${r}`).join(' | ')} | ${RANKERS.map((r) => `hit@5 ${r}`).join(' | ')} | Brier model | Brier base rate | Brier prior rate |`,
  );
  lines.push(`|${' --- |'.repeat(4 + 2 * RANKERS.length + 3)}`);
  for (const g of report.groups) {
    const top = bestAp(g);
    const ap = RANKERS.map((r) => (r === top ? `**${f3(g.ranks[r].ap)}**` : f3(g.ranks[r].ap)));
    const hit = RANKERS.map((r) => f3(g.ranks[r].hit5));
    const brier = g.beatsBaseRate ? `**${f4(g.brier)}**` : f4(g.brier);
    lines.push(
      `| ${g.name} | ${g.scoredCutoffs} / ${g.cutoffs} | ${g.moves} | ${f4(g.baseRate)} | ${ap.join(' | ')} | ${hit.join(' | ')} | ${brier} | ${f4(g.brierBaseRate)} | ${f4(g.brierPriorRate)} |`,
    );
  }
  lines.push('');
  lines.push(
    `The model beats the best baseline (${BASELINES.join(', ')}) on average precision in **${report.apWins} of ${n}** cascades, ` +
      `and its Brier score is below the held-out base rate's in **${report.brierWins} of ${n}**. ` +
      `The issue's bar (AP in at least four cascades, Brier below the base rate) is ${report.targetMet ? '**met**' : '**not met**'}` +
      (report.targetMet ? '.' : report.apWins >= 4 ? ': the AP part is met, the Brier part is not.' : '.'),
  );
  lines.push('');
  lines.push('How to read it:');
  lines.push(
    "- Each cascade is scored by a model fitted on the other cascades only. At every monthly cut-off from the cascade's first recognition to the last row of its data, the states that had not recognized are ranked; those that recognized within the horizon (cut at the end of the data) are the positives.",
  );
  lines.push(
    '- **AP**: average precision, averaged over the cut-offs where at least one state recognized within the horizon. **hit@5**: share of those cut-offs where one of the top five did. Ties are broken at random and averaged over seeded orders; `random` is the mean of seeded shuffles (its AP is about the base rate).',
  );
  lines.push(
    '- `neighbours` ranks by the share of land neighbours already recognizing; `bloc` by the highest share of fellow members of a bloc (data/facts/blocs.json) already recognizing.',
  );
  lines.push(
    "- **Brier** is over every (candidate, cut-off) pair. *Base rate* predicts the held-out cascade's own share of positives for everyone — a constant only known in hindsight; *prior rate* predicts the training cascades' share, known beforehand. Bold Brier: below the base rate.",
  );
  lines.push(
    '- The history tables are incomplete (Kosovo has about two thirds of its recognitions; Croatia/Slovenia stop in early 1992): a state that recognized but is missing counts as a miss for every ranker alike.',
  );
  if (report.tooSmall.length > 0) {
    lines.push(
      `- Too small to score (≤ 5 rows): ${report.tooSmall.map((c) => `${c.id} (${c.rows})`).join(', ')}. The Taiwan table's moves toward Taipei (TWN rows) are used inside the Taiwan study, not scored on their own.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Two panels for one held-out cascade: above, per monthly cut-off, the recognitions the model
 * expected within the horizon (sum of probabilities) against those that happened; below, each
 * recognition at the rank the model gave that state at the last cut-off before it.
 */
export function groupSvg(g: GroupResult, horizon: number): string {
  const W = 860;
  const H = 560;
  const left = 64;
  const right = 24;
  const plotW = W - left - right;
  const top1 = 48;
  const h1 = 200;
  const top2 = top1 + h1 + 70;
  const h2 = 180;
  const series = g.series.filter((p) => p.study === g.studies[0]);
  const moves = g.movesRanked.filter((m) => m.study === g.studies[0]);
  if (series.length === 0) return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="60"></svg>\n`;
  const t0 = series[0].day;
  const t1 = series[series.length - 1].day;
  const span = Math.max(1, monthsBetween(t0, t1));
  const x = (day: string): number => left + (Math.max(0, monthsBetween(t0, day)) / span) * plotW;
  const yMax = Math.max(1, ...series.map((p) => Math.max(p.expected, p.actual)));
  const y1 = (v: number): number => top1 + h1 - (v / yMax) * h1;
  const maxRank = Math.max(2, ...moves.map((m) => m.of));
  const y2 = (rank: number): number => top2 + (Math.log(rank) / Math.log(maxRank)) * h2;
  const path = (pts: [number, number][]): string =>
    pts.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(
    `<text x="${left}" y="24" font-size="15" font-weight="bold">${esc(g.name)}: forecast against what happened (model fitted without this cascade)</text>`,
  );
  // Year ticks on both panels.
  const y0 = Number(t0.slice(0, 4));
  const yEnd = Number(t1.slice(0, 4));
  const step = Math.max(1, Math.ceil((yEnd - y0 + 1) / 14));
  for (let year = y0 + 1; year <= yEnd; year += step) {
    const px = x(`${year}-01-01`);
    for (const [ty, th] of [
      [top1, h1],
      [top2, h2],
    ]) {
      out.push(`<line x1="${px.toFixed(1)}" y1="${ty}" x2="${px.toFixed(1)}" y2="${ty + th}" stroke="#eee"/>`);
    }
    out.push(`<text x="${px.toFixed(1)}" y="${top1 + h1 + 16}" text-anchor="middle" fill="#555">${year}</text>`);
    out.push(`<text x="${px.toFixed(1)}" y="${top2 + h2 + 16}" text-anchor="middle" fill="#555">${year}</text>`);
  }
  // Panel 1.
  out.push(`<rect x="${left}" y="${top1}" width="${plotW}" height="${h1}" fill="none" stroke="#999"/>`);
  for (const v of [0, yMax / 2, yMax]) {
    out.push(
      `<text x="${left - 6}" y="${(y1(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${Math.round(v)}</text>`,
    );
  }
  out.push(
    `<text x="14" y="${top1 + h1 / 2}" transform="rotate(-90 14 ${top1 + h1 / 2})" text-anchor="middle" fill="#333">recognitions within ${horizon} months</text>`,
  );
  out.push(
    `<path d="${path(series.map((p) => [x(p.day), y1(p.actual)]))}" fill="none" stroke="#222" stroke-width="2"/>`,
  );
  out.push(
    `<path d="${path(series.map((p) => [x(p.day), y1(p.expected)]))}" fill="none" stroke="#d95f02" stroke-width="2" stroke-dasharray="6 3"/>`,
  );
  out.push(
    `<line x1="${W - 300}" y1="${top1 + 14}" x2="${W - 276}" y2="${top1 + 14}" stroke="#222" stroke-width="2"/>`,
  );
  out.push(`<text x="${W - 270}" y="${top1 + 18}">happened</text>`);
  out.push(
    `<line x1="${W - 190}" y1="${top1 + 14}" x2="${W - 166}" y2="${top1 + 14}" stroke="#d95f02" stroke-width="2" stroke-dasharray="6 3"/>`,
  );
  out.push(`<text x="${W - 160}" y="${top1 + 18}">model expected</text>`);
  // Panel 2.
  out.push(`<rect x="${left}" y="${top2}" width="${plotW}" height="${h2}" fill="none" stroke="#999"/>`);
  for (const r of [1, 5, 20, 50, maxRank].filter((r, i, a) => r <= maxRank && a.indexOf(r) === i)) {
    out.push(
      `<line x1="${left}" y1="${y2(r).toFixed(1)}" x2="${left + plotW}" y2="${y2(r).toFixed(1)}" stroke="#eee"/>`,
    );
    out.push(`<text x="${left - 6}" y="${(y2(r) + 4).toFixed(1)}" text-anchor="end" fill="#555">${r}</text>`);
  }
  out.push(
    `<text x="14" y="${top2 + h2 / 2}" transform="rotate(-90 14 ${top2 + h2 / 2})" text-anchor="middle" fill="#333">model's rank (log)</text>`,
  );
  out.push(
    `<text x="${left}" y="${top2 - 8}" fill="#333">Each dot: a recognition, at the rank the model gave the state the month before (grey: median rank of a random order)</text>`,
  );
  for (const m of moves) {
    out.push(
      `<line x1="${(x(m.day) - 3).toFixed(1)}" y1="${y2((m.of + 1) / 2).toFixed(1)}" x2="${(x(m.day) + 3).toFixed(1)}" y2="${y2((m.of + 1) / 2).toFixed(1)}" stroke="#bbb" stroke-width="2"/>`,
    );
    out.push(
      `<circle cx="${x(m.day).toFixed(1)}" cy="${y2(m.rank).toFixed(1)}" r="3.5" fill="#1b9e77" fill-opacity="0.8"><title>${esc(`${m.state} ${m.day}: rank ${m.rank} of ${m.of}`)}</title></circle>`,
    );
  }
  out.push(
    `<text x="${left}" y="${H - 12}" fill="#555">AP ${f3(g.ranks.model.ap)} (best baseline ${g.bestBaseline} ${f3(g.ranks[g.bestBaseline].ap)}), hit@5 ${f3(g.ranks.model.hit5)}, Brier ${f4(g.brier)} (base rate ${f4(g.brierBaseRate)})</text>`,
  );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
