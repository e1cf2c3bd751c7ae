import { useEffect, useState } from 'react';
import type { FieldControlProps } from './field';

export interface ListInputProps extends FieldControlProps {
  values: readonly string[];
  onValues(values: string[]): void;
  placeholder?: string;
  disabled?: boolean;
}

const split = (text: string) =>
  text
    .split(/[,，、\n]/)
    .map((value) => value.trim())
    .filter(Boolean);

/** A list typed as comma-separated text (tags, organisations). Chinese commas separate too. */
export function ListInput({ values, onValues, placeholder, disabled, ...control }: ListInputProps) {
  const [text, setText] = useState(values.join(', '));
  useEffect(() => {
    // Keep the user's spacing and trailing comma while the parsed list is unchanged.
    setText((current) => (split(current).join('\u0000') === values.join('\u0000') ? current : values.join(', ')));
  }, [values]);
  return (
    <input
      {...control}
      type="text"
      value={text}
      placeholder={placeholder}
      disabled={disabled}
      onChange={(event) => {
        setText(event.target.value);
        onValues(split(event.target.value));
      }}
    />
  );
}
