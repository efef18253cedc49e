/**
 * The figure view's own controls (its text fields, width choice and buttons)
 * carry this attribute. Keys, composition and clipboard events inside them
 * belong to the browser's native control, not to Lexical: the figures plugin
 * stops Lexical's handlers for such targets (FiguresPlugin), so Backspace,
 * Delete, Enter or the arrows in a caption never delete or move the figure.
 */
export const FIGURE_CONTROL_ATTRIBUTE = 'data-figure-control';

export function isFigureControlTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${FIGURE_CONTROL_ATTRIBUTE}]`) !== null;
}
