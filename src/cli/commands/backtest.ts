import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.ts';
import type { CliContext } from '../context.ts';

interface BacktestCliOptions {
  horizon: string;
  seeds: string;
  json?: boolean;
  svg?: string;
}

/** `chancery backtest`: the forecast scored leave-one-cascade-out on the reference history. */
export function backtestCommand(program: Command, ctx: CliContext): void {
  program
    .command('backtest')
    .description('score the recognition forecast on past cascades (leave one cascade out) against baselines')
    .option('--horizon <months>', 'months ahead', '12')
    .option('--seeds <n>', 'random tie-break orders averaged per cut-off', '20')
    .option('--svg <file>', 'also write the Kosovo plot (forecast against what happened) as SVG')
    .option('--json', 'print the full report (per-cut-off series included) as JSON')
    .action(async (opts: BacktestCliOptions) => {
      const horizon = Number(opts.horizon);
      const seeds = Number(opts.seeds);
      if (!(horizon > 0 && horizon <= 120))
        throw new UsageError(`--horizon takes 1 to 120 months, not '${opts.horizon}'`);
      if (!(Number.isInteger(seeds) && seeds > 0))
        throw new UsageError(`--seeds takes a positive whole number, not '${opts.seeds}'`);
      const { backtest, backtestMarkdown, groupSvg } = await import('../../analyze/forecast/index.ts');
      const report = backtest({ horizon, seeds });
      if (opts.svg) {
        const kosovo = report.groups.find((g) => g.name === 'Kosovo');
        if (kosovo) writeFileSync(opts.svg, groupSvg(kosovo, horizon));
      }
      ctx.io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : backtestMarkdown(report));
    });
}
