// XML parsing that a hostile feed cannot turn against us: documents that declare entities (a DOCTYPE
// internal subset, the "billion laughs" bomb) are refused before parsing, entity processing is off,
// and only the five predefined entities and character references are decoded, by hand, once.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SourceError } from './errors.ts';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes `&amp;`-style predefined entities and `&#…;` references; leaves anything else as text. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

export function parseXml(xml: string, name: string): Record<string, unknown> {
  if (/<!DOCTYPE[^>]*\[/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new SourceError(
      'xml-entities',
      `ingest/sources/safe-xml: ${name} declares XML entities (a DOCTYPE internal subset); refused without expanding them. Real feeds do not need this; ask the publisher to fix the feed`,
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new SourceError(
      'malformed-xml',
      `ingest/sources/safe-xml: ${name} is not well-formed XML (${valid.err.msg} at line ${valid.err.line}); the feed is broken, it will be retried on a later run`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    cdataPropName: '#cdata',
    isArray: (tag) => ['item', 'entry', 'link', 'category'].includes(tag),
  });
  return parser.parse(xml) as Record<string, unknown>;
}
