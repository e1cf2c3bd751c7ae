import { useId, type ReactNode } from 'react';

export interface CheckboxGroupProps {
  legend: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  /** Shown when nothing is checked (e.g. "any priority"). */
  emptyMeaning?: ReactNode;
  disabled?: boolean;
  legendHidden?: boolean;
}

/** A set of choices as checkboxes in a fieldset; the order of `options` is kept in the result. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  emptyMeaning,
  disabled,
  legendHidden,
}: CheckboxGroupProps) {
  const id = useId();
  return (
    <fieldset className="checkbox-group" disabled={disabled}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox" htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onChange(
                options
                  .map((o) => o.value)
                  .filter((value) =>
                    value === option.value ? event.target.checked : selected.includes(value),
                  ),
              )
            }
          />
          {option.label}
        </label>
      ))}
      {selected.length === 0 && emptyMeaning && <span className="checkbox-empty">{emptyMeaning}</span>}
    </fieldset>
  );
}
