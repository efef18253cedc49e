/** Class names Lexical puts on the body's elements; styled in styles/body.css. */
import type { EditorThemeClasses } from 'lexical';

export const BODY_THEME: EditorThemeClasses = {
  paragraph: 'body-p',
  heading: { h2: 'body-h2', h3: 'body-h3' },
  quote: 'body-quote',
  list: {
    ul: 'body-ul',
    ol: 'body-ol',
    listitem: 'body-li',
    nested: { listitem: 'body-li-nested' },
  },
  link: 'body-link',
  text: {
    bold: 'body-bold',
    italic: 'body-italic',
    underline: 'body-underline',
    underlineStrikethrough: 'body-underline-strike',
    strikethrough: 'body-strike',
  },
};
