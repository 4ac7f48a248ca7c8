// Who may recognize the target next (the forecast endpoint), ranked, with each row's main reason.
import { type ApiForecast, qs, useApi } from '../api.ts';
import { formatDate } from '../lib/dates.ts';
import { isContested } from '../lib/rungs.ts';

interface Props {
  target: string;
  targetName: string;
  asOf: string | null;
  refresh: number;
  onSelect(actor: string): void;
}

const SHOWN = 10;

export function ForecastList({ target, targetName, asOf, refresh, onSelect }: Props) {
  const contested = isContested(target);
  // The forecast takes a day; a month-end from the slider is one.
  const day = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  const { data, error } = useApi<ApiForecast>(
    contested ? `/api/forecast${qs({ target, asOf: day, top: SHOWN })}` : null,
    refresh,
  );
  return (
    <section className="card forecast" aria-label="Forecast">
      <h2>Who may recognize {targetName} next</h2>
      {!contested && (
        <p className="muted">
          The forecast ranks recognitions of contested entities (Taliban, Palestine, Kosovo, Taiwan…).
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {data && (
        <>
          <p className="muted small">
            Chance within {data.horizon} months, as of {formatDate(data.asOf)}.{' '}
            {data.recognizers.length > 0 &&
              `Recognizing now: ${data.recognizers.map((r) => `${r.name} (${formatDate(r.date)})`).join(', ')}.`}
          </p>
          <ol className="ranking">
            {data.rows.map((row, _i, rows) => {
              // Bars are relative to the top candidate: the ranking, not the absolute level, is the point.
              const top = rows[0]?.probability || 1;
              const reason = row.reasons.find((r) => !r.common);
              const pct = row.probability * 100;
              return (
                <li key={row.state}>
                  <button type="button" onClick={() => onSelect(row.state)}>
                    <span className="rank">{row.rank}</span>
                    <span className="who">{row.name}</span>
                    <span className="bar" aria-hidden="true">
                      <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                        <rect width="100" height="8" rx="2" className="bar-bg" />
                        <rect width={Math.max(1, (row.probability / top) * 100)} height="8" rx="2" className="bar-fg" />
                      </svg>
                    </span>
                    <span className="pct">{pct < 1 ? pct.toFixed(1) : Math.round(pct)}%</span>
                    {reason && <span className="why">{reason.text}</span>}
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="muted small">
            A model fitted on past recognition cascades; see src/analyze/forecast/README.md.
          </p>
        </>
      )}
    </section>
  );
}
