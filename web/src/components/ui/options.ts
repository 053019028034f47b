/** An entry of a native select. */
export interface Option {
  value: string;
  label: string;
}

/** The options with the current value first if they lack it, so a select never hides what is saved. */
export function withCurrent(options: Option[], current: Option | undefined): Option[] {
  if (!current || options.some((option) => option.value === current.value)) return options;
  return [current, ...options];
}
