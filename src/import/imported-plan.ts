// What the mapper recovers from a document: the plan's fields in the order
// of the YAML format, and the notes on what it could not place.
import type { IsoDate } from '../schema/iso-date.js';

export interface Place {
  /** 1-based among the document's tables. */
  readonly table?: number;
  readonly row?: number;
  readonly column?: string;
  /** 1-based among the paragraphs outside tables. */
  readonly paragraph?: number;
}

type NoteCode =
  | 'import-unplaced-text'
  | 'import-unplaced-cell'
  | 'import-no-responsible'
  | 'import-no-timing'
  | 'import-default-section'
  | 'import-unreadable-timing'
  | 'import-incomplete-approval'
  | 'import-no-title'
  | 'import-year-from-text'
  | 'import-year-from-name'
  | 'import-timing-completed'
  | 'import-timing-from-month'
  | 'import-unread-mark'
  | 'import-joined-row'
  | 'import-extra-column';

export interface ImportNote {
  readonly code: NoteCode;
  readonly place: Place;
  readonly text?: string;
}

export interface ImportedEvent {
  readonly title: string;
  readonly date: string;
}

export interface ImportedItem {
  /** The item's number as the document writes it («14», «2.1»), without its full stop. */
  readonly number?: string;
  /** The id written to the YAML: the item's own number, or its running number (see `withItemIds`). */
  readonly id?: string;
  readonly activity: string;
  readonly timing?: string;
  /** Empty when the document has no responsible column or the cell is empty: then no `responsible` key is written. */
  readonly responsible: readonly string[];
  readonly events?: readonly ImportedEvent[];
  readonly note?: string;
  /** Keys of the item in the YAML kept from before an update (`schedule`, a note): written as they were. */
  readonly kept?: Readonly<Record<string, unknown>>;
  /** What the column «Отметка о выполнении» says of the item, as written: it goes into the plan's record. */
  readonly doneMark?: string;
  /** Values of the extra columns, by column title. */
  readonly extra?: Readonly<Record<string, string>>;
  readonly place: Place;
}

export interface ImportedSection {
  readonly heading: string;
  readonly items: ImportedItem[];
}

export type ImportedApproval =
  | {
      readonly stamp: 'СОГЛАСОВАНО' | 'УТВЕРЖДАЮ';
      readonly position: string;
      readonly name: string;
      readonly date?: string | number;
      readonly orderNumber?: string;
      readonly orderDate?: string;
    }
  | { readonly stamp: 'УТВЕРЖДЁН' | 'УТВЕРЖДЕНА' | 'УТВЕРЖДЕНО'; readonly order: string; readonly orderDate: string; readonly orderNumber: string }
  | { readonly stamp: 'УТВЕРЖДЕНО' | 'РАССМОТРЕНО' | 'ПРИНЯТО'; readonly meeting: string; readonly protocolNumber: string; readonly protocolDate?: string };

export interface ImportedPlan {
  readonly kind: 'plan' | 'cyclogram';
  /** «Приложение № 1 к приказу …» above the stamps. */
  readonly appendixTo?: string;
  readonly title: string;
  /** The year's motto above the title. */
  readonly epigraph?: string;
  readonly goal?: string;
  readonly tasks?: readonly string[];
  readonly academicYear?: string;
  readonly period?: { readonly from: IsoDate; readonly to: IsoDate };
  readonly approvals: readonly ImportedApproval[];
  readonly extraColumns: readonly { readonly title: string; readonly width?: number; readonly after?: 'activity' | 'timing' }[];
  readonly sections: readonly ImportedSection[];
  readonly signature?: { readonly position: string; readonly name: string };
  /** Plan keys kept from the YAML before an update (the organisation, the orientation …), written as they were. */
  readonly kept?: Readonly<Record<string, unknown>>;
  /** The heading of the column of marks of what was done («Отметка о выполнении»), as written. */
  readonly doneHeading?: string;
  /** The heading of the timing column as written, to name it in notes. */
  readonly timingHeading?: string;
  readonly notes: readonly ImportNote[];
}
