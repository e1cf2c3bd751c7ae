import { useEffect, useState } from 'react';
import { formatDurationLong, formatMinutes, parseDuration, t } from '../lib/i18n';
import type { FieldControlProps } from './field';

export interface DurationInputProps extends FieldControlProps {
  /** The stored value, in minutes (POLICY.md). */
  minutes: number;
  /** The target calendar's business-day length; enables "3 business days". */
  businessDayMinutes?: number;
  /** Write whole business days as such (`3 business days`); off for 24×7, where a day is just 24 h. */
  showBusinessDays?: boolean;
  /** The target calendar's name, for the interpretation line. */
  calendarName: string;
  disabled?: boolean;
  onMinutes(minutes: number): void;
  /** Text that does not read as a duration (message in the UI language), or undefined once it does. */
  onInvalid(issue: { text: string; message: string } | undefined): void;
  /** Text the user typed earlier that did not parse (restored from the draft after a reload). */
  pendingText?: string;
}

/**
 * A target typed naturally (`15 min`, `4 h`, `3 business days`), with what it means shown beside it:
 * `= 1 day 0 hours of business time on Office hours (3 × 8 h)`.
 */
export function DurationInput({
  minutes,
  businessDayMinutes,
  showBusinessDays = true,
  calendarName,
  disabled,
  onMinutes,
  onInvalid,
  pendingText,
  ...control
}: DurationInputProps) {
  // Business days from two on: "8 h" reads better than "1 business day" (DOMAIN.md writes P2 as 8 h).
  const display = (value: number) =>
    formatMinutes(value, { businessDayMinutes: showBusinessDays ? businessDayMinutes : undefined, minBusinessDays: 2 });
  const shown = display(minutes);
  const [text, setText] = useState(pendingText ?? shown);
  // Follow outside changes (import, reorder, another calendar) unless the user is mid-edit with other text.
  useEffect(() => {
    setText((current) => {
      const parsed = parseDuration(current, businessDayMinutes);
      return parsed.ok && parsed.minutes === minutes ? current : (pendingText ?? shown);
    });
  }, [minutes, shown, businessDayMinutes, pendingText]);

  const parsed = parseDuration(text, businessDayMinutes);
  // Spell out what was understood when it adds something: business days, or a spelling other than ours.
  const informative = parsed.ok && (parsed.usedBusinessDays || text.trim() !== display(parsed.minutes));
  const interpretation = parsed.ok && informative
    ? t(parsed.usedBusinessDays ? 'options.duration.meansBusinessDays' : 'options.duration.means', {
        duration: formatDurationLong(parsed.minutes),
        hours: formatMinutes(parsed.minutes),
        calendar: calendarName,
        day: formatMinutes(businessDayMinutes ?? 0),
      })
    : undefined;

  return (
    <span className="duration-input">
      <input
        {...control}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={text}
        placeholder={t('options.duration.placeholder')}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const result = parseDuration(next, businessDayMinutes);
          if (result.ok) {
            onInvalid(undefined);
            if (result.minutes !== minutes) onMinutes(result.minutes);
          } else {
            onInvalid({ text: next, message: t(`options.duration.error.${result.reason}`) });
          }
        }}
        onBlur={() => {
          // Show the canonical spelling once the value is accepted.
          if (parsed.ok) setText(display(parsed.minutes));
        }}
      />
      {interpretation && <span className="duration-meaning">{interpretation}</span>}
    </span>
  );
}
