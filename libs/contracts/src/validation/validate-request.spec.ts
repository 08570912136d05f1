import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ProblemException } from '../problems/problem.exception';
import { validateRequest } from './validate-request';

class Named {
  @IsString()
  @MaxLength(100)
  name!: string;

  @IsOptional()
  tags?: unknown;
}

const issuesOf = (input: unknown) => {
  try {
    validateRequest(Named, input, 'body');
    return [];
  } catch (error) {
    return (error as ProblemException).problem.issues?.map((issue) => `${issue.name}: ${issue.detail}`) ?? [];
  }
};

describe('validateRequest refuses what no contract can hold', () => {
  it('accepts ordinary text, emoji included', () => {
    expect(issuesOf({ name: 'Zoë 😀 <b>' })).toEqual([]);
  });

  it.each([
    ['a NUL character', { name: 'a\u0000b' }, 'name: must not contain NUL characters or unpaired surrogates'],
    ['an unpaired high surrogate', { name: 'x\uD800' }, 'name: must not contain NUL characters or unpaired surrogates'],
    ['an unpaired low surrogate', { name: '\uDC00x' }, 'name: must not contain NUL characters or unpaired surrogates'],
    ['a name inherited from Object.prototype', { name: 'x', toString: 'y' }, 'toString: property toString should not exist'],
    ['a __proto__ member', JSON.parse('{"name":"x","__proto__":{"polluted":true}}'), '__proto__: property __proto__ should not exist'],
  ])('refuses %s with an issue on it', (_, input, issue) => {
    expect(issuesOf(input)).toContain(issue);
  });

  it('refuses input nested deeper than any contract, without exhausting the stack', () => {
    const deep = JSON.parse(`{"name":"x","tags":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    expect(issuesOf(deep)).toEqual([expect.stringContaining('must not nest more than 16 levels deep')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
