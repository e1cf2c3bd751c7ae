import { useMemo, useState } from 'react';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { getLanguage, t } from '../../../lib/i18n';
import { holidaysForRegion, listHolidayRegions } from '../../../lib/policy/holiday-presets';
import { importHolidaysFromIcs } from '../../../lib/policy/ics-import';
import type { Holiday } from '../../../lib/policy/types';
import { useEditor, useReadOnly } from '../../../lib/store';
import { mergeHolidays } from './merge-holidays';

export interface HolidaySourcesProps {
  calendarIndex: number;
  /** Today in the calendar's zone (`YYYY-MM-DD`): presets default to its year, `.ics` recurrences expand from it. */
  today: string;
}

/** The browser locale's country (`en-GB` → GB, `zh` → CN) when the library knows it, else the first region. */
function defaultRegion(codes: string[], libraryLanguage: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(navigator.language).maximize().region;
  } catch {
    region = undefined;
  }
  const preferred = region ?? (libraryLanguage === 'zh' ? 'CN' : 'US');
  return codes.includes(preferred) ? preferred : (codes[0] ?? 'US');
}

/** Region presets (date-holidays) and `.ics` import, both added to the calendar's holidays without duplicates. */
export function HolidaySources({ calendarIndex, today }: HolidaySourcesProps) {
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const libraryLanguage = getLanguage() === 'zh-CN' ? 'zh' : 'en';
  const regions = useMemo(
    () =>
      listHolidayRegions(libraryLanguage).flatMap((region) => [
        { code: region.code, name: region.name },
        ...(region.states ?? []).map((state) => ({ code: state.code, name: `${region.name} · ${state.name}` })),
      ]),
    [libraryLanguage],
  );
  const [region, setRegion] = useState(() => defaultRegion(regions.map((entry) => entry.code), libraryLanguage));
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string }>();

  const add = (incoming: Holiday[], skipped = 0) =>
    updateDraft((draft) => {
      const calendar = draft.calendars[calendarIndex]!;
      const merged = mergeHolidays(calendar.holidays, incoming);
      calendar.holidays = merged.holidays;
      setResult({
        tone: 'success',
        text: t('options.holidays.added', { added: merged.added, duplicates: incoming.length - merged.added, skipped }),
      });
    });

  return (
    <div className="holiday-sources">
      <div className="inline-fields">
        <Field label={t('options.holidays.region')}>
          {(control) => (
            <select {...control} value={region} disabled={readOnly} onChange={(event) => setRegion(event.target.value)}>
              {regions.map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {entry.name} ({entry.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('options.holidays.year')} className="field-compact">
          {(control) => (
            <input
              {...control}
              type="number"
              min={2000}
              max={2100}
              value={year}
              disabled={readOnly}
              onChange={(event) => setYear(Number(event.target.value))}
            />
          )}
        </Field>
        <button
          type="button"
          className="align-end"
          disabled={readOnly}
          onClick={() => {
            try {
              add(holidaysForRegion(region, year, libraryLanguage));
            } catch (error) {
              setResult({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
            }
          }}
        >
          {t('options.holidays.addPreset')}
        </button>
      </div>
      <p className="field-hint">{t('options.holidays.presetHint')}</p>
      <Field label={t('options.holidays.ics')} hint={t('options.holidays.icsHint')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".ics,text/calendar"
            disabled={readOnly}
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              const imported = importHolidaysFromIcs(await file.text(), { expandFrom: today });
              if (imported.ok) add(imported.holidays, imported.skipped);
              else setResult({ tone: 'error', text: imported.error });
              event.target.value = '';
            }}
          />
        )}
      </Field>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </div>
  );
}
