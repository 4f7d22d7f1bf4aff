// The calendar of a DateField (react-day-picker, in the reader's language), in a chunk of its own: the
// library's date filters are on the first screen, the calendar is needed only once a reader opens one.
import { DayPicker } from 'react-day-picker';
import { enGB, vi } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { isoToLocalDate } from './dateText';

export interface DatePopoverProps {
  language: string;
  value: string;
  min?: string;
  max?: string;
  onSelect: (date: Date | undefined) => void;
}

export default function DatePopover({ language, value, min, max, onSelect }: DatePopoverProps) {
  return (
    <DayPicker
      mode="single"
      autoFocus
      locale={language === 'vi' ? vi : enGB}
      selected={isoToLocalDate(value)}
      defaultMonth={isoToLocalDate(value)}
      startMonth={min ? isoToLocalDate(min) : undefined}
      endMonth={max ? isoToLocalDate(max) : undefined}
      disabled={[...(min ? [{ before: isoToLocalDate(min)! }] : []), ...(max ? [{ after: isoToLocalDate(max)! }] : [])]}
      onSelect={onSelect}
    />
  );
}
