// The `policyTracker.openLocation` command: opens a document with exactly [start, end) selected
// (UTF-16 offsets, as the index stores them), or at a line, revealed in the centre. Used by the
// tree, hovers (as a command link) and anything else that points at a place in a document.
import * as vscode from 'vscode';
import { OPEN_LOCATION } from './tree';

export type OpenLocationTarget =
  | { uri: vscode.Uri; start: number; end: number }
  | { uri: vscode.Uri; line: number };

/**
 * Accepts `[uri, start, end]` (UTF-16 offsets, from the tree), `[uri, line]` (0-based line, from a
 * hover's command link) or a single array holding either; `uri` may be a string or a vscode.Uri.
 */
export function parseOpenLocationArgs(args: unknown[]): OpenLocationTarget | undefined {
  const list = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const [first, a, b] = list;
  const uri = first instanceof vscode.Uri ? first : typeof first === 'string' ? vscode.Uri.parse(first) : undefined;
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!uri || !isNumber(a)) return undefined;
  if (list.length < 3) return { uri, line: Math.floor(a) };
  const end = isNumber(b) ? b : a;
  return { uri, start: Math.min(a, end), end: Math.max(a, end) };
}

export async function openLocation(...args: unknown[]): Promise<vscode.TextEditor | undefined> {
  const target = parseOpenLocationArgs(args);
  if (!target) return undefined;
  const document = await vscode.workspace.openTextDocument(target.uri);
  const selection =
    'line' in target
      ? new vscode.Selection(Math.min(target.line, document.lineCount - 1), 0, Math.min(target.line, document.lineCount - 1), 0)
      : new vscode.Selection(document.positionAt(target.start), document.positionAt(target.end));
  const editor = await vscode.window.showTextDocument(document, { selection, preview: true });
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  return editor;
}

export function registerOpenLocation(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_LOCATION, openLocation);
}
