// The shapes the event finders share: an entity mention of a sentence (offsets relative to the
// sentence), and a draft event before the article's drafts are merged and ranked.
import type { EntityType, ExtractedEvent } from '../../model.ts';

export interface EventMention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  name: string;
}

/** What a finder saw in one sentence: its text and its entity mentions (sorted by start). */
export interface SentenceView {
  index: number;
  text: string;
  mentions: readonly EventMention[];
}

/**
 * A finder's event, positioned in its sentence; extract.ts dates, merges and ranks it. Every field
 * is set (undefined or false where absent) by `found`, so all have one shape: optional fields
 * added in different orders made every site reading them megamorphic.
 */
export interface Found {
  /** Where the event is stated (its span in the sentence): what dates it and what its mention is. */
  start: number;
  end: number;
  /** Where its trigger starts: the date nearest before it dates the event. */
  at: number;
  name: string;
  kind: string;
  participants: string[];
  place: string | undefined;
  /** The entity whose happening it is (the visitor, the host, the winner): merges are by it. */
  actor: string | undefined;
  /** A named event without entities in its name takes the entities of its sentence. */
  takesSentence: boolean;
  /** Named in the text by its own name (AI安全峰会, 华为秋季全场景新品发布会): a reader's title already. */
  proper: boolean;
  /** 甲出席论坛: a bare kind word, the article's last event named with it if there is one. */
  refersTo: string | undefined;
  /** 另/又/随后 before the trigger: undated, it happened on the day of the actor's previous event. */
  sequel: boolean;
}

/** A finder's event; the flags a finder sets are set on it afterwards. */
export function found(
  start: number,
  end: number,
  at: number,
  name: string,
  kind: string,
  participants: string[],
  actor: string | undefined,
  place?: string,
): Found {
  return { start, end, at, name, kind, participants, place, actor, takesSentence: false, proper: false, refersTo: undefined, sequel: false };
}

/** A draft event, every field set by toDraft in one order (one shape, as for Found). */
export interface Draft extends ExtractedEvent {
  date: string | undefined;
  dateText: string | undefined;
  place: string | undefined;
  actor: string | undefined;
  proper: boolean;
  /** Only stated as to come (将会见, 拟访华): not yet a happening. */
  planned: boolean;
  /** Only stated inside quotations: a speaker's words (我们同意举行…会谈), not the article's report. */
  quoted: boolean;
  /** Index of the first sentence that states it (salience). */
  first: number;
}
