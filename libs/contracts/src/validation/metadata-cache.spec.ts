import { IsInt, IsString } from 'class-validator';
import { ProblemException } from '../problems/problem.exception';
import { readMessage } from './validate-request';

const issueNames = (validate: () => unknown): string[] => {
  try {
    validate();
    return [];
  } catch (error) {
    return (error as ProblemException).problem.issues?.map((issue) => issue.name) ?? [];
  }
};

describe('the cached class-validator rules', () => {
  it('answers the same on every call, inherited rules included', () => {
    class Base {
      @IsString()
      name!: string;
    }
    class Child extends Base {
      @IsInt()
      count!: number;
    }
    for (let round = 0; round < 3; round += 1) {
      expect(issueNames(() => readMessage(Child, { name: 1, count: 'x' })).sort()).toEqual(['count', 'name']);
      expect(issueNames(() => readMessage(Base, { name: 1, count: 'x' }))).toEqual(['name']);
    }
  });

  it('sees the rules of a class declared after a first validation', () => {
    class First {
      @IsString()
      name!: string;
    }
    expect(issueNames(() => readMessage(First, { name: 1 }))).toEqual(['name']);
    class Later extends First {
      @IsInt()
      count!: number;
    }
    expect(issueNames(() => readMessage(Later, { name: 'ok', count: 'x' }))).toEqual(['count']);
  });
});
