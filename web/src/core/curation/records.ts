// Pure: curation records as the audit list shows them (newest first, one line each, undo allowed
// or not) and what a record changes on the canvas (the entities to drop, the ones to fetch again).
import type { CurationArgsByOperation, CurationChange, CurationRecordJson } from '../../../shared/curation-types.ts';
import { TYPE_LABELS } from '../graph/types.ts';

export const OPERATION_LABELS: Record<CurationRecordJson['operation'], string> = {
  merge: '合并 Merge',
  split: '拆分 Split',
  rename: '改名 Rename',
  retype: '改类型 Retype',
  hide: '隐藏 Hide',
  unhide: '取消隐藏 Unhide',
  undo: '撤销 Undo',
};

const typeLabel = (type: string) => TYPE_LABELS[type as keyof typeof TYPE_LABELS] ?? type;

/** Newest first (by the store's sequence number). */
export function newestFirst(records: readonly CurationRecordJson[]): CurationRecordJson[] {
  return [...records].sort((a, b) => b.seq - a.seq);
}

/** An undo cannot be undone, nor a record undone already (the server refuses both). */
export function canUndo(record: CurationRecordJson): boolean {
  return !record.undone && record.operation !== 'undo';
}

/** What the record did, in one line: 合并 Merge: 马斯克、Elon Musk → 埃隆·马斯克. */
export function describeCuration(record: CurationChange): string {
  const label = OPERATION_LABELS[record.operation];
  switch (record.operation) {
    case 'merge': {
      const a = record.args;
      return `${label}: ${a.absorbed.map((e) => e.name).join('、')} → ${a.into.name}`;
    }
    case 'split':
      return `${label}: ${record.args.entity} − ${record.args.aliases.join('、')} → ${record.args.target.id}`;
    case 'rename':
      return `${label}: ${record.args.previous} → ${record.args.name}`;
    case 'retype':
      return `${label}: ${record.args.entity}: ${typeLabel(record.args.previous)} → ${typeLabel(record.args.type)}`;
    case 'hide':
    case 'unhide':
      return `${label}: ${record.args.entity}`;
    case 'undo': {
      const inner = { operation: record.args.operation, args: record.args.args } as CurationChange;
      return `${label} (${describeCuration(inner)})`;
    }
  }
}

/** The entities a record removes from view (`drop`) and the ones whose node and edges are read again (`show`). */
export interface CurationEffect {
  drop: string[];
  show: string[];
}

export function curationEffect(record: CurationChange): CurationEffect {
  switch (record.operation) {
    case 'merge':
      return { drop: record.args.absorbed.map((e) => e.id), show: [record.args.into.id] };
    case 'split':
      return { drop: [], show: [record.args.entity, record.args.target.id] };
    case 'rename':
    case 'retype':
      return { drop: [], show: [record.args.entity] };
    case 'hide':
      return { drop: [record.args.entity], show: [] };
    case 'unhide':
      return { drop: [], show: [record.args.entity] };
    case 'undo':
      return undoEffect(record.args);
  }
}

/** What undoing a record changes: the inverse of its effect. */
function undoEffect(u: CurationArgsByOperation['undo']): CurationEffect {
  switch (u.operation) {
    case 'merge': {
      const a = u.args as CurationArgsByOperation['merge'];
      return { drop: [], show: [a.into.id, ...a.absorbed.map((e) => e.id)] };
    }
    case 'split': {
      // The entity a split created exists for it only: it goes away again.
      const a = u.args as CurationArgsByOperation['split'];
      return a.created ? { drop: [a.target.id], show: [a.entity] } : { drop: [], show: [a.entity, a.target.id] };
    }
    case 'hide':
      return { drop: [], show: [(u.args as CurationArgsByOperation['hide']).entity] };
    case 'unhide':
      return { drop: [(u.args as CurationArgsByOperation['unhide']).entity], show: [] };
    default:
      return { drop: [], show: [(u.args as CurationArgsByOperation['rename' | 'retype']).entity] };
  }
}
