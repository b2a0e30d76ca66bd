// Each bundle of the built CLI holds its own copy of a module: a class shared through
// util/one-class.ts is one class whichever copy made an instance of it.
import { describe, expect, it } from 'vitest';
import { oneClass } from '../../src/util/one-class.js';
import { CentreError, userError } from '../../src/schema/diagnostic.js';

describe('oneClass', () => {
  it('gives every copy of a class the first one, so that instanceof holds across copies', () => {
    const name = `Test${Math.random()}`;
    const copy = () => oneClass(name, class extends Error {});
    const first = copy();
    const second = copy();
    expect(second).toBe(first);
    expect(new second('x')).toBeInstanceOf(first);
    expect(oneClass(`${name}-other`, class extends Error {})).not.toBe(first);
  });

  it('holds CentreError, as every bundle sees it', () => {
    const key = Symbol.for('centre.CentreError');
    expect((globalThis as Record<symbol, unknown>)[key]).toBe(CentreError);
    expect(userError('a.yaml', 'file-not-found')).toBeInstanceOf(CentreError);
  });
});
