import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export interface Choice {
  value: string;
  label: ReactNode;
}

/**
 * One question answered by choosing one option: a fieldset whose legend is the question, native radios,
 * the error (if any) tied to the group, and an optional note (e.g. why the group is locked).
 */
export function ChoiceField({
  id,
  legend,
  choices,
  registration,
  error,
  note,
  disabled = false,
  className,
}: {
  id: string;
  legend: ReactNode;
  choices: readonly Choice[];
  registration: UseFormRegisterReturn;
  error?: string;
  note?: string;
  disabled?: boolean;
  className?: string;
}) {
  const describedBy = error ? `${id}-error` : note ? `${id}-note` : undefined;
  return (
    <fieldset className={className} disabled={disabled} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="radio" value={choice.value} {...registration} />
          <span>{choice.label}</span>
        </label>
      ))}
      {note && (
        <p className="source" id={`${id}-note`}>
          {note}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
