// What a practice may attach: the type its name says, confirmed by its first bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachmentHeadBytes, checkAttachment } from '../../src/site/attachments.js';

const bytes = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');
const zipOf = (firstEntry: string, content = '') =>
  Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(26), Buffer.from(firstEntry + content, 'latin1')]);

const genuine: Record<string, Buffer> = {
  '.pdf': Buffer.from('%PDF-1.7\n'),
  '.docx': zipOf('[Content_Types].xml'),
  '.xlsx': zipOf('[Content_Types].xml'),
  '.pptx': zipOf('[Content_Types].xml'),
  '.doc': bytes('d0cf11e0a1b11ae1 0000'),
  '.xls': bytes('d0cf11e0a1b11ae1 0000'),
  '.odt': zipOf('mimetype', 'application/vnd.oasis.opendocument.text'),
  '.ods': zipOf('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
  '.png': bytes('89504e470d0a1a0a 0000000d'),
  '.jpg': bytes('ffd8ffe0 0010'),
  '.jpeg': bytes('ffd8ffdb'),
  '.gif': Buffer.from('GIF89a'),
  '.webp': Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]),
};

describe('attachments a school publishes', () => {
  it('accepts each document and picture type whose content is that type, whatever the case of its extension', () => {
    for (const [extension, head] of Object.entries(genuine)) {
      expect(checkAttachment(extension, head), extension).toMatchObject({ ok: true });
      expect(checkAttachment(extension.toUpperCase(), head), extension).toMatchObject({ ok: true });
    }
  });

  it('refuses web pages, SVG, scripts and anything else, whatever the bytes', () => {
    const refused = ['.html', '.htm', '.xhtml', '.shtml', '.svg', '.svgz', '.js', '.mjs', '.xml', '.txt', '.md', '.exe', '.zip', '.rtf', '.swf', ''];
    fc.assert(
      fc.property(fc.constantFrom(...refused), fc.uint8Array({ maxLength: attachmentHeadBytes }), (extension, head) => {
        expect(checkAttachment(extension, head)).toEqual({ ok: false, problem: 'type' });
      }),
    );
    expect(checkAttachment('.html', genuine['.pdf']!)).toEqual({ ok: false, problem: 'type' });
  });

  it('refuses a file whose content is a web page, for every type it may be named as', () => {
    const markup = fc.tuple(
      fc.constantFrom('', '\ufeff'),
      fc.stringMatching(/^[ \t\r\n]*$/),
      fc.constantFrom('<html>', '<!DOCTYPE html>', '<svg onload=alert(1)>', '<script>', '<?xml version="1.0"?>'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(genuine)), markup, (extension, parts) => {
        const head = Buffer.from(parts.join('')).subarray(0, attachmentHeadBytes);
        expect(checkAttachment(extension, head)).toMatchObject({ ok: false, problem: 'content', found: 'HTML' });
      }),
    );
  });

  it('says what a file named as another type is inside, when it can tell', () => {
    expect(checkAttachment('.pdf', genuine['.png']!)).toEqual({ ok: false, problem: 'content', expected: 'PDF', found: 'PNG' });
    expect(checkAttachment('.odt', genuine['.docx']!)).toMatchObject({ ok: false, problem: 'content', expected: 'ODT' });
    expect(checkAttachment('.png', Buffer.from('just text'))).toEqual({ ok: false, problem: 'content', expected: 'PNG' });
    expect(checkAttachment('.pdf', new Uint8Array())).toEqual({ ok: false, problem: 'content', expected: 'PDF' });
  });
});
