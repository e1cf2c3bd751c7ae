import { t } from '../../lib/i18n';
import type { HeatMap } from '../../lib/report/types';
import { GridChart } from './grid-chart';
import { formatCount, formatReportMinutes } from './format';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

/** 24 × 7: mean first-response business minutes by the local hour and weekday a ticket was created. */
export function HeatMapChart({ heatMap }: { heatMap: HeatMap }) {
  const cell = (r: number, c: number) => heatMap.cells[r]![c]!;
  return (
    <section className="panel" aria-labelledby="heat-map-title" data-testid="heat-map">
      <h2 id="heat-map-title">{t('report.chart.heatMap')}</h2>
      <p className="muted">{t('report.chart.heatMapDesc', { zone: heatMap.timeZone })}</p>
      <div className="table-scroll">
        <GridChart
          label={t('report.chart.heatMap')}
          rowLabels={DAYS.map((d) => t(`common.weekdayShort.${d}`))}
          columnLabels={HOURS}
          columnLabelEvery={3}
          cellWidth={36}
          intensity={(r, c) => {
            const mean = cell(r, c).mean;
            return mean === null || heatMap.max === 0 ? 0 : Math.max(0.02, mean / heatMap.max);
          }}
          text={(r, c) => {
            const mean = cell(r, c).mean;
            return mean === null ? '' : String(Math.round(mean));
          }}
          describe={(r, c) => {
            const { count, mean } = cell(r, c);
            const day = t(`common.weekday.${DAYS[r]!}`);
            return mean === null
              ? t('report.chart.heatCellEmpty', { day, hour: HOURS[c]! })
              : t('report.chart.heatCell', { day, hour: HOURS[c]!, count: formatCount(count), value: formatReportMinutes(mean) });
          }}
        />
      </div>
      <div className="legend" aria-hidden="true">
        <span>{t('report.chart.legendFast')}</span>
        <span className="legend-scale" />
        <span>{t('report.chart.legendSlow')}</span>
      </div>
    </section>
  );
}
