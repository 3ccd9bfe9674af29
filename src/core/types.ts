// Plain data shared by every part of the core. No vscode, no Node built-ins.
// Offsets are UTF-16 code units into the decoded text (what a VS Code TextDocument uses);
// `line` is 0-based.

export interface Span {
  start: number;
  end: number;
  line: number;
}

export type Comparator = '>=' | '<=' | '~' | '=';

/** A sentence: split at 。！？；!?; and line breaks, never inside quotes or brackets. */
export interface Sentence extends Span {
  text: string;
}

export type ItemKind = 'target' | 'commitment';

/** A forward-looking, measurable aim: one record per quantity expression (spec §1). */
export interface Target extends Span {
  id: string;
  kind: 'target';
  /** Exact text of the quantity expression, or of the deadline expression for a dated deliverable. */
  anchor: string;
  /** The sentence that holds the anchor. */
  text: string;
  sentence: Span;
  value: number | null;
  unit: string | null;
  comparator: Comparator;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a period `YYYY/YYYY`; null when none. */
  deadline: string | null;
  actor: string | null;
}

/** A forward-looking concrete action with no measure (要/将/确保/力争/加快/推进/完成… + object). */
export interface Commitment extends Span {
  id: string;
  kind: 'commitment';
  /** The clause or sentence. */
  text: string;
  sentence: Span;
  deadline: string | null;
  actor: string | null;
}

export type TrackedItem = Target | Commitment;

/** One component of a slogan's definition; may itself be a slogan with components (五个三 → 三大目标 → …). */
export interface DefinitionComponent {
  text: string;
  components?: DefinitionComponent[];
}

export interface SloganDefinition extends Span {
  components: DefinitionComponent[];
  /** The sentence the definition was read from. */
  source: string;
}

export interface SloganFinding {
  kind: 'count-mismatch' | 'conflicting-definitions';
  message: string;
  span: Span;
  related?: Span;
}

export interface Slogan {
  /** Without quotes or whitespace. */
  term: string;
  count: number;
  occurrences: Span[];
  /** Every distinct definition the document gives, in order of appearance. */
  definitions: SloganDefinition[];
  findings: SloganFinding[];
}

/** A term a document defines in prose without a number (`"碳达峰"是指…`). */
export interface ProseTerm extends Span {
  term: string;
  explanation: string;
}

export interface Heading extends Span {
  text: string;
  level: number;
}

export interface DocumentFacts {
  /** Whatever identifies the document to the caller (a URI string or a path). */
  uri: string;
  /** The document year used to resolve relative deadlines (inferred or overridden), or null. */
  year: number | null;
  targets: Target[];
  commitments: Commitment[];
  slogans: Slogan[];
  terms: ProseTerm[];
  headings: Heading[];
}

/** How the core reads files: the VS Code adapter passes workspace.fs, the CLI passes node:fs. */
export interface FileReader {
  readFile(uri: string): Promise<Uint8Array>;
}

export type ItemStatus = 'todo' | 'doing' | 'done' | 'dropped';

/** What the user keeps for one target or commitment in the ledger (台账) YAML. */
export interface LedgerEntry {
  status?: ItemStatus;
  owner?: string;
  note?: string;
  /** Overrides the extracted deadline (YYYY, YYYY-MM or YYYY-MM-DD). */
  due?: string;
}
