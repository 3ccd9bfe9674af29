// The four statuses a ledger entry can carry, their Chinese labels, and how hand-written values are read.
import type { ItemStatus } from './types';

export const ITEM_STATUSES: readonly ItemStatus[] = ['todo', 'doing', 'done', 'dropped'];

/** Chinese labels as shown to users (未开始 / 进行中 / 已完成 / 已取消). */
export const STATUS_LABEL_ZH: Readonly<Record<ItemStatus, string>> = {
  todo: '未开始',
  doing: '进行中',
  done: '已完成',
  dropped: '已取消',
};

/** English labels. */
export const STATUS_LABEL_EN: Readonly<Record<ItemStatus, string>> = {
  todo: 'Not started',
  doing: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/**
 * Reads a status as people write it by hand: the canonical key (`done`, any case) or the Chinese label (`已完成`).
 * Returns null for anything else.
 */
export function parseItemStatus(value: string): ItemStatus | null {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  for (const status of ITEM_STATUSES) {
    if (lower === status || trimmed === STATUS_LABEL_ZH[status]) return status;
  }
  return null;
}
