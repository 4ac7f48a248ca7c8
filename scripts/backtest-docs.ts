// Writes the backtest table and the Kosovo plot into docs/forecast/ (npm run backtest:docs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { backtest, backtestMarkdown, groupSvg } from '../src/analyze/forecast/index.ts';

const report = backtest();
const dir = new URL('../docs/forecast/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(
  new URL('backtest.md', dir),
  `# Recognition forecast: backtest\n\n${backtestMarkdown(report)}\n![Kosovo](kosovo.svg)\n`,
);
const kosovo = report.groups.find((g) => g.name === 'Kosovo');
if (kosovo) writeFileSync(new URL('kosovo.svg', dir), groupSvg(kosovo, report.horizon));
console.log(
  `wrote docs/forecast/backtest.md and docs/forecast/kosovo.svg (AP wins ${report.apWins}/${report.groups.length})`,
);
