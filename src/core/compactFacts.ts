// Facts the workspace index keeps for as long as a document is unchanged, made small: each distinct string of
// the document stored once (a worker's facts arrive with every string copied apart, and several items quote the
// same sentence), one span object per sentence, and, for facts extracted on this thread, no string that keeps
// the whole document text alive (a V8 slice points into its parent). Changed in place; the values stay equal.
import { detachedCopy } from './detach';
import type { Comparator, DefinitionComponent, DocumentFacts, Span, TrackedItem } from './types';

export interface CompactOptions {
  /** Copy the strings (facts extracted on this thread: their strings are slices of the document text). */
  copyStrings: boolean;
}

const COMPARATORS: Record<Comparator, Comparator> = { '>=': '>=', '<=': '<=', '~': '~', '=': '=' };

/** Shares equal strings and equal sentence spans within one document. */
class Sharing {
  private readonly strings = new Map<string, string>();
  private readonly sentences = new Map<number, Span>();

  constructor(private readonly copyStrings: boolean) {}

  text(text: string): string {
    let kept = this.strings.get(text);
    if (kept === undefined) {
      kept = this.copyStrings ? detachedCopy(text) : text;
      this.strings.set(kept, kept);
    }
    return kept;
  }

  optional(text: string | null): string | null {
    return text === null ? null : this.text(text);
  }

  sentence(span: Span): Span {
    const kept = this.sentences.get(span.start);
    if (kept !== undefined && kept.end === span.end && kept.line === span.line) return kept;
    if (kept === undefined) this.sentences.set(span.start, span);
    return span;
  }

  components(components: DefinitionComponent[]): void {
    for (const component of components) {
      component.text = this.text(component.text);
      if (component.components) this.components(component.components);
    }
  }
}

function compactItem(item: TrackedItem, share: Sharing): void {
  item.id = share.text(item.id);
  item.text = share.text(item.text);
  item.sentence = share.sentence(item.sentence);
  item.deadline = share.optional(item.deadline);
  item.actor = share.optional(item.actor);
  if (item.kind === 'target') {
    item.kind = 'target';
    item.anchor = share.text(item.anchor);
    item.unit = share.optional(item.unit);
    item.comparator = COMPARATORS[item.comparator] ?? item.comparator;
  } else item.kind = 'commitment';
}

export function compactFacts(facts: DocumentFacts, options: CompactOptions): DocumentFacts {
  const share = new Sharing(options.copyStrings);
  for (const item of facts.targets) compactItem(item, share);
  for (const item of facts.commitments) compactItem(item, share);
  for (const slogan of facts.slogans) {
    slogan.term = share.text(slogan.term);
    for (const definition of slogan.definitions) {
      definition.source = share.text(definition.source);
      share.components(definition.components);
    }
    for (const finding of slogan.findings) finding.message = share.text(finding.message);
  }
  for (const term of facts.terms) {
    term.term = share.text(term.term);
    term.explanation = share.text(term.explanation);
  }
  for (const heading of facts.headings) heading.text = share.text(heading.text);
  return facts;
}
