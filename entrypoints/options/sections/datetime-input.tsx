import { format, parse } from 'date-fns';
import type { FieldControlProps } from '../../../components/field';

/** An instant as a `datetime-local` control, in the browser's zone (the sample ticket's times). */
export function DateTimeInput({ value, onValue, ...control }: FieldControlProps & { value: number; onValue(ms: number): void; 'aria-label'?: string }) {
  return (
    <input
      {...control}
      type="datetime-local"
      value={format(value, "yyyy-MM-dd'T'HH:mm")}
      onChange={(event) => {
        const parsed = parse(event.target.value, "yyyy-MM-dd'T'HH:mm", value);
        if (!Number.isNaN(parsed.getTime())) onValue(parsed.getTime());
      }}
    />
  );
}
