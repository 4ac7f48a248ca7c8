// Fits the forecast's default model on every reference cascade and writes data/facts/forecast-model.json.
// Usage: npx tsx scripts/fit-forecast.ts   (deterministic: the same data give the same file)
import { readFileSync, writeFileSync } from 'node:fs';
import { fitForecastModel, historyData } from '../src/analyze/forecast/fit.ts';
import { MODEL_PATH } from '../src/analyze/forecast/model.ts';

const data = historyData();
const model = fitForecastModel(
  data,
  data.studies.map((_, i) => i),
);
const text = `${JSON.stringify(model, null, 2)}\n`;
let old = '';
try {
  old = readFileSync(MODEL_PATH, 'utf8');
} catch {}
writeFileSync(MODEL_PATH, text);
console.log(
  `${old === text ? 'unchanged' : 'wrote'} data/facts/forecast-model.json (${model.rows} rows, ${model.positives} recognitions)`,
);
for (const [j, name] of model.features.entries()) {
  const note = model.informed[j] ? '' : '  (prior: the history tables never show it)';
  console.log(`  ${name.padEnd(16)} ${model.weights[j].toFixed(3).padStart(8)}${note}`);
}
console.log(`  ${'intercept'.padEnd(16)} ${model.intercept.toFixed(3).padStart(8)}`);
console.log(
  `  calibration a=${model.calibration?.a} b=${model.calibration?.b} c=${model.calibration?.c} alpha=${model.calibration?.alpha} (horizon ${model.calibration?.horizon})`,
);
