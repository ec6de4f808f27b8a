import type { z } from 'zod';

/**
 * A form's schema: `shape` is what the form's inputs hold (text, yyyy-mm-dd dates, '' for "not chosen yet"),
 * `toCandidate` turns it into what the shared `target` schema checks, keeping the field paths, so the shared
 * rules' messages, and main's, land at the form's own fields. The candidate is deliberately untyped: turning
 * typed text into the target's types (a reason from a list, a date, a number) is the target's check to make.
 * Input: the form's values; output: the target's, ready to send.
 */
export function formSchema<Shape extends z.ZodType, Target extends z.ZodType>(
  shape: Shape,
  toCandidate: (form: z.output<Shape>) => unknown,
  target: Target,
) {
  return shape.transform(toCandidate).pipe(target);
}
