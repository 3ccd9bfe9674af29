// Document and ledger text inside a MarkdownString (hover, tooltip, completion docs), shown as text.
// vscode.MarkdownString.appendText escapes Markdown syntax but leaves `<` alone, so `<script>` or
// `<img onerror=…>` from a document would reach the renderer as HTML (dropped there only because
// supportHtml is off). This escapes every character that could start syntax, HTML or an entity.

/** `text` as Markdown that renders as exactly that text: no links, no HTML, no icons, no entities. */
export function plainMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!~|$:]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '\n\n');
}
