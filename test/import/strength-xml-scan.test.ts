// What the XML scanner reports: tags, attributes, entities, comments, CDATA,
// processing instructions, declarations and damage.
import { describe, expect, it } from 'vitest';
import { decodeXml, scanXml, XmlError } from '../../src/import/xml-scan.js';

describe('the XML scanner', () => {
  const events = (xml: string) => {
    const seen: string[] = [];
    scanXml(xml, {
      open: (tag, selfClosing) => seen.push(`<${tag.name}${selfClosing ? '/' : ''} a=${tag.attribute('a') ?? '-'}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (text) => seen.push(text),
    });
    return seen;
  };

  it('reports tags, self-closing tags, attributes in either quotes and text, in order', () => {
    expect(events(`<r a="1"><b a='2'/>x &amp; y<c\n a="3"\t/></r >tail`)).toEqual(['<r a=1>', '<b/ a=2>', '</b>', 'x & y', '<c/ a=3>', '</c>', '</r>', 'tail']);
  });

  it('finds an attribute only where its name starts, with a quote after the equals sign', () => {
    const attribute = (source: string, name: string) => {
      let value: string | undefined = 'none';
      scanXml(`<t ${source}/>`, { open: (tag) => (value = tag.attribute(name)), close() {}, text() {} });
      return value;
    };
    expect(attribute('w:wval="x" w:val="y"', 'w:val')).toBe('y');
    expect(attribute('w:wval="x"', 'w:val')).toBeUndefined();
    expect(attribute('w:val=y', 'w:val')).toBeUndefined();
    expect(attribute('w:val=1 w:x="1"', 'w:val')).toBeUndefined();
    expect(attribute('w:val="y', 'w:val')).toBeUndefined();
    expect(attribute('\nw:val="a"', 'w:val')).toBe('a');
    expect(attribute('\rw:val="a"', 'w:val')).toBe('a');
    expect(attribute('\tw:val="a&lt;"', 'w:val')).toBe('a<');
    expect(attribute('', 'w:val')).toBeUndefined();
    // a name that ends another attribute's name first: the attribute itself, further on
    expect(attribute('ba="1" a="2"', 'a')).toBe('2');
    expect(attribute('w:rsidR="00A1" w:val="x" r:id="rId5"', 'id')).toBeUndefined();
    expect(attribute('r:id="rId5" id="7"', 'id')).toBe('7');
  });

  it('skips comments and processing instructions, and reads CDATA as text', () => {
    expect(events('<?xml version="1.0"?><r><!-- <x/> --><![CDATA[<b>&amp;</b>]]></r>')).toEqual(['<r a=->', '<b>&amp;</b>', '</r>']);
  });

  it('reads text after the last tag only when it is not blank', () => {
    expect(events('<r/>  \n')).toEqual(['<r/ a=->', '</r>']);
    expect(events('<r/> x ')).toEqual(['<r/ a=->', '</r>', ' x ']);
    expect(events('just text')).toEqual(['just text']);
  });

  it('refuses a DOCTYPE or any other declaration, and damage', () => {
    const scan = (xml: string) => () => scanXml(xml, { open() {}, close() {}, text() {} });
    expect(scan('<!DOCTYPE r><r/>')).toThrow(new XmlError('doctype'));
    expect(scan('<!ELEMENT r ANY><r/>')).toThrow(new XmlError('doctype'));
    for (const xml of ['<r', '<!-- open', '<?xml', '<![CDATA[ open', '<r>&bogus;</r>']) {
      expect(scan(xml), xml).toThrow(XmlError);
      try {
        scan(xml)();
      } catch (error) {
        expect((error as XmlError).problem, xml).toBe('malformed');
      }
    }
  });

  it('decodes character references in range and leaves the others as written', () => {
    expect(decodeXml('&#65;&#x42;&#x1F600;&#0;&#x110000;&#9999999;')).toBe('AB😀&#0;&#x110000;&#9999999;');
    expect(decodeXml('&#x10FFFF;').codePointAt(0)).toBe(0x10ffff);
    expect(decodeXml('&#1;')).toBe('\u0001');
    expect(decodeXml('no entities')).toBe('no entities');
    expect(decodeXml('&apos;&quot;&gt;')).toBe('\'">');
    expect(decodeXml('a & b')).toBe('a & b');
  });
});
