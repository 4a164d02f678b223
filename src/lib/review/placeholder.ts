/**
 * Starts every piece of template text the author has to replace (new-post,
 * add-paper), so that one search finds what is left to write, and the
 * content rules flag a section that still holds it.
 */
export const PLACEHOLDER = 'TODO';

/** Whether a section's text is still a template's (`TODO: …`). */
export function isTemplateText(text: string): boolean {
  return (
    text.startsWith(PLACEHOLDER) &&
    !/^\p{L}/u.test(text.slice(PLACEHOLDER.length))
  );
}
