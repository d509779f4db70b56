/**
 * A ref callback that moves focus to the element as it appears: a result, a confirmation or a message the
 * learner should read next. Give the element tabIndex={-1} unless it is focusable already.
 */
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();
