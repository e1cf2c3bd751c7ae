import type { ReactNode } from 'react';
import { DateTimeInput } from './datetime-input';

export interface SampleTimelineProps<T extends { at: number }> {
  legend: string;
  /** Shown while there are no entries. */
  emptyHint?: string;
  /** When set, the first entry is pinned at the ticket's creation: shown as this text, with no time and no remove. */
  pinnedFirst?: string;
  entries: readonly T[];
  onEntries(entries: T[]): void;
  /** Prefix of the time inputs' ids (`status-at`). */
  idPrefix: string;
  atLabel(n: number): string;
  removeLabel(n: number): string;
  addLabel: string;
  /** The entry the add button appends, given the last entry's time (the creation time when there is none). */
  newEntry(after: number): T;
  createdAt: number;
  /** The entry's controls after its time, given a way to patch it. */
  children(entry: T, edit: (patch: Partial<T>) => void, n: number): ReactNode;
}

/**
 * One of the sample ticket's histories (statuses, replies): timed entries in a list, each with its time, its own
 * controls and a remove button, and an add button that appends an entry a little after the last. The two histories
 * share it so that editing, removing and adding work the same in both.
 */
export function SampleTimeline<T extends { at: number }>({
  legend,
  emptyHint,
  pinnedFirst,
  entries,
  onEntries,
  idPrefix,
  atLabel,
  removeLabel,
  addLabel,
  newEntry,
  createdAt,
  children,
}: SampleTimelineProps<T>) {
  const edit = (index: number, patch: Partial<T>) => onEntries(entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  return (
    <fieldset className="timeline">
      <legend>{legend}</legend>
      {emptyHint && entries.length === 0 && <p className="field-hint">{emptyHint}</p>}
      <ol>
        {entries.map((entry, index) => {
          const pinned = pinnedFirst !== undefined && index === 0;
          return (
            <li key={index} className="inline-fields">
              {pinned ? (
                <span className="field-hint">{pinnedFirst}</span>
              ) : (
                <DateTimeInput
                  id={`${idPrefix}-${index}`}
                  aria-label={atLabel(index + 1)}
                  value={entry.at}
                  onValue={(at) => edit(index, { at } as Partial<T>)}
                />
              )}
              {children(entry, (patch) => edit(index, patch), index + 1)}
              {!pinned && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={removeLabel(index + 1)}
                  onClick={() => onEntries(entries.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="link-button" onClick={() => onEntries([...entries, newEntry(entries.at(-1)?.at ?? createdAt)])}>
        + {addLabel}
      </button>
    </fieldset>
  );
}
