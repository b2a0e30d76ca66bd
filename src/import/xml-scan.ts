// A small, fast reader of the XML Word writes: start and end tags with their
// attributes, and text. It knows no DTD, so no entity can be declared, let
// alone an external one: a document that has a DOCTYPE is refused, and only
// the five predefined entities and character references are decoded.
// (saxes, a conforming parser, took four times as long on a 500-row plan.)

export interface XmlTag {
  readonly name: string;
  /** The value of an attribute, decoded; undefined when absent. */
  attribute(name: string): string | undefined;
}

export interface XmlHandlers {
  open(tag: XmlTag, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlError extends Error {
  constructor(readonly problem: 'doctype' | 'malformed') {
    super(problem);
    this.name = 'XmlError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return safeCodePoint(parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith('#')) return safeCodePoint(Number(entity.slice(1)), whole);
    const value = ENTITIES[entity];
    if (value === undefined) throw new XmlError('malformed');
    return value;
  });
}

function safeCodePoint(code: number, whole: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** XML's white space: space, tab, line feed, carriage return (a char code; NaN before the start is none). */
const isXmlSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

class Tag implements XmlTag {
  constructor(
    readonly name: string,
    private readonly source: string,
  ) {}

  attribute(name: string): string | undefined {
    // the name must start the attribute, not end another («val» inside «w:val»): the first place it does
    let at = this.source.indexOf(`${name}=`);
    while (at >= 0 && !isXmlSpace(this.source.charCodeAt(at - 1))) at = this.source.indexOf(`${name}=`, at + 1);
    if (at < 0) return undefined;
    const quote = this.source[at + name.length + 1];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = this.source.indexOf(quote, at + name.length + 2);
    return end < 0 ? undefined : decodeXml(this.source.slice(at + name.length + 2, end));
  }
}

/** Calls the handlers for every tag and piece of text, in order; comments, processing instructions and CDATA markers are skipped. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  let position = 0;
  const length = xml.length;
  while (position < length) {
    const lt = xml.indexOf('<', position);
    if (lt < 0) {
      if (xml.slice(position).trim() !== '') handlers.text(decodeXml(xml.slice(position)));
      break;
    }
    if (lt > position) handlers.text(decodeXml(xml.slice(position, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) position = skipPast(xml, '-->', lt);
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) throw new XmlError('malformed');
        handlers.text(xml.slice(lt + 9, end));
        position = end + 3;
      } else throw new XmlError('doctype');
      continue;
    }
    if (next === 0x3f /* ? */) {
      position = skipPast(xml, '?>', lt);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XmlError('malformed');
    if (next === 0x2f /* / */) {
      handlers.close(xml.slice(lt + 2, gt).trim());
    } else {
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const inside = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = inside.search(/\s/);
      const name = space < 0 ? inside : inside.slice(0, space);
      const tag = new Tag(name, space < 0 ? '' : inside.slice(space));
      handlers.open(tag, selfClosing);
      if (selfClosing) handlers.close(name);
    }
    position = gt + 1;
  }
}

function skipPast(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new XmlError('malformed');
  return end + marker.length;
}
