import { useId, useState, type KeyboardEvent } from 'react';

export interface GridChartProps {
  /** Accessible name of the whole chart. */
  label: string;
  rowLabels: string[];
  columnLabels: string[];
  /** Shown above every `columnLabelEvery`-th column (the heat map labels every third hour). */
  columnLabelEvery?: number;
  /** 0..1 per cell: the fill's strength. */
  intensity(row: number, column: number): number;
  /** The number printed in the cell ('' for none). */
  text(row: number, column: number): string;
  /** What the cell says to a screen reader and in the readout below the chart. */
  describe(row: number, column: number): string;
  cellWidth?: number;
  cellHeight?: number;
  rowLabelWidth?: number;
}

/**
 * A labelled matrix drawn as SVG: the heat map and the type × priority distribution. One tab stop; the arrow keys,
 * Home and End move between cells (a roving focus), and the focused cell's description is shown and announced below,
 * so the figures are reachable without a mouse. Every cell prints its number: colour is never the only signal.
 */
export function GridChart(props: GridChartProps) {
  const { rowLabels, columnLabels, cellWidth = 34, cellHeight = 26, rowLabelWidth = 64 } = props;
  const every = props.columnLabelEvery ?? 1;
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  const readoutId = useId();
  const top = 20;
  const width = rowLabelWidth + columnLabels.length * cellWidth;
  const height = top + rowLabels.length * cellHeight;
  const rows = rowLabels.length;
  const columns = columnLabels.length;

  const move = (event: KeyboardEvent<SVGSVGElement>): void => {
    const [r, c] = active;
    const next: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(rows - 1, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(columns - 1, c + 1)],
      Home: [r, 0],
      End: [r, columns - 1],
    };
    const target = next[event.key];
    if (!target) return;
    event.preventDefault();
    setActive(target);
  };

  if (rows === 0 || columns === 0) return null;
  const [ar, ac] = active;
  return (
    <div>
      <svg
        className="chart grid-chart"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        role="application"
        aria-roledescription="chart"
        aria-label={props.label}
        aria-describedby={readoutId}
        tabIndex={0}
        onKeyDown={move}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {columnLabels.map((label, c) =>
          c % every === 0 ? (
            <text key={c} x={rowLabelWidth + c * cellWidth + cellWidth / 2} y={12} textAnchor="middle" className="muted-text">
              {label}
            </text>
          ) : null,
        )}
        {rowLabels.map((label, r) => (
          <g key={r}>
            <text x={rowLabelWidth - 8} y={top + r * cellHeight + cellHeight / 2} textAnchor="end" dominantBaseline="central">
              {label}
            </text>
            {columnLabels.map((_, c) => {
              const strength = props.intensity(r, c);
              const x = rowLabelWidth + c * cellWidth;
              const y = top + r * cellHeight;
              const isActive = focused && r === ar && c === ac;
              return (
                <g
                  key={c}
                  className={`cell${isActive ? ' active' : ''}`}
                  data-row={r}
                  data-column={c}
                  onClick={() => setActive([r, c])}
                >
                  <title>{props.describe(r, c)}</title>
                  <rect
                    x={x + 1}
                    y={y + 1}
                    width={cellWidth - 2}
                    height={cellHeight - 2}
                    rx={3}
                    style={{ fill: `rgb(var(--heat-rgb) / ${(strength > 0 ? 8 + strength * 92 : 4).toFixed(1)}%)` }}
                  />
                  <rect className="focus-ring" x={x + 1} y={y + 1} width={cellWidth - 2} height={cellHeight - 2} rx={3} />
                  <text
                    className={`cell-text${strength > 0.55 ? ' strong' : ''}`}
                    x={x + cellWidth / 2}
                    y={y + cellHeight / 2}
                  >
                    {props.text(r, c)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <p className="chart-readout" id={readoutId} aria-live="polite">
        {focused ? props.describe(ar, ac) : ''}
      </p>
    </div>
  );
}
