import { useId, useMemo, useState } from 'react';
import { t } from '../lib/i18n';

export interface TimeZonePickerProps {
  value: string;
  onChange(timeZone: string): void;
  /** For the offsets shown beside each zone. */
  now: number;
  disabled?: boolean;
  label: string;
}

let zones: string[] | undefined;
/** Every IANA zone the runtime knows (plus UTC, which `supportedValuesOf` omits). */
function allZones(): string[] {
  zones ??= ['UTC', ...(Intl.supportedValuesOf?.('timeZone') ?? [])];
  return zones;
}

function offsetOf(zone: string, now: number): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName');
    return part?.value.replace('GMT', 'UTC') || 'UTC';
  } catch {
    return '';
  }
}

/**
 * A searchable zone list: type part of a name or an offset (`shanghai`, `new york`, `+08`), then pick from the
 * matches. A search box over a list box keeps it keyboard-operable with native controls.
 */
export function TimeZonePicker({ value, onChange, now, disabled, label }: TimeZonePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const words = query.trim().toLowerCase().replace(/\s+/g, '_');
    const list = allZones()
      .map((zone) => ({ zone, offset: offsetOf(zone, now) }))
      .filter(({ zone, offset }) => !words || zone.toLowerCase().includes(words) || offset.toLowerCase().includes(words));
    if (!list.some((entry) => entry.zone === value)) list.unshift({ zone: value, offset: offsetOf(value, now) });
    return list;
  }, [query, now, value]);

  return (
    <div className="time-zone-picker">
      <label htmlFor={`${id}-search`} className="field-label">
        {label}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        disabled={disabled}
        placeholder={t('options.calendar.zoneSearch')}
        aria-controls={`${id}-list`}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the first match, the common case after typing a city.
          if (event.key === 'Enter' && matches[0]) {
            event.preventDefault();
            onChange(matches.find((m) => m.zone !== value)?.zone ?? matches[0].zone);
            setQuery('');
          }
        }}
      />
      <select
        id={`${id}-list`}
        size={5}
        value={value}
        disabled={disabled}
        aria-label={label}
        onChange={(event) => onChange(event.target.value)}
      >
        {matches.map(({ zone, offset }) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')} ({offset})
          </option>
        ))}
      </select>
      <p className="field-hint">{t('options.calendar.zoneCurrent', { zone: value })}</p>
    </div>
  );
}
