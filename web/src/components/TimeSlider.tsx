// Replays the ledger through time: one step per month end, the last step is "latest" (no cut-off).
// Play advances a step at a time; the date field sets an exact day.
import { useEffect, useId, useState } from 'react';
import { formatDate, stepAtOrBefore } from '../lib/dates.ts';

interface Props {
  steps: readonly string[];
  asOf: string | null;
  onChange(asOf: string | null): void;
}

const PLAY_MS = 700;

export function TimeSlider({ steps, asOf, onChange }: Props) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const latest = steps.length;
  const index = asOf === null ? latest : Math.max(0, stepAtOrBefore(steps, asOf));
  const toValue = (i: number) => (i >= latest ? null : steps[i]);

  useEffect(() => {
    if (!playing) return;
    if (index >= latest) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onChange(toValue(index + 1)), PLAY_MS);
    return () => clearTimeout(timer);
  });

  if (steps.length === 0) return null;
  const play = () => {
    // From the end, a replay starts at the beginning.
    if (index >= latest) onChange(steps[0]);
    setPlaying((p) => !p);
  };
  return (
    <div className="slider">
      <button type="button" className="play" onClick={play} aria-pressed={playing}>
        {playing ? 'Pause' : 'Replay'}
      </button>
      <label htmlFor={`${id}-range`} className="visually-hidden">
        Ledger as of
      </label>
      <input
        id={`${id}-range`}
        type="range"
        min={0}
        max={latest}
        step={1}
        value={index}
        aria-valuetext={asOf === null ? 'latest' : formatDate(asOf)}
        onChange={(e) => {
          setPlaying(false);
          onChange(toValue(Number(e.target.value)));
        }}
      />
      <output htmlFor={`${id}-range`} className="as-of" data-as-of={asOf ?? 'latest'}>
        {asOf === null ? 'Latest' : `As of ${formatDate(asOf)}`}
      </output>
      <label className="date-field">
        <span className="visually-hidden">Exact date</span>
        <input
          type="date"
          value={asOf ?? ''}
          min={steps[0]?.slice(0, 8).concat('01')}
          onChange={(e) => {
            setPlaying(false);
            onChange(e.target.value || null);
          }}
        />
      </label>
      {asOf !== null && (
        <button type="button" className="link" onClick={() => onChange(null)}>
          Latest
        </button>
      )}
    </div>
  );
}
