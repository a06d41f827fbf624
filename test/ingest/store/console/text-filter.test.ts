import { describe, expect, it } from 'vitest';
import { ConsoleQueryError } from '../../../../ingest/store/console/errors.ts';
import { checkQueryText, codeView } from '../../../../ingest/store/console/text-filter.ts';

function kindOf(query: string): string {
  try {
    checkQueryText(query);
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(ConsoleQueryError);
    return (err as ConsoleQueryError).kind;
  }
}

describe('the console text filter', () => {
  it('should read // inside a string as part of the string, not as a comment', () => {
    expect(codeView("WITH '//' AS s LOAD CSV FROM 'x' AS l RETURN l").code).toContain('LOAD CSV');
    expect(kindOf("WITH '//' AS s LOAD CSV FROM 'x' AS l RETURN l")).toBe('refused');
  });

  it('should keep an escaped quote inside its string', () => {
    expect(codeView("RETURN 'it\\'s // fine' AS x").code).toBe("RETURN '' AS x");
  });

  it('should treat U+001C to U+001F and other Cypher whitespace as spaces', () => {
    for (const space of ['\u001c', '\u001d', '\u001e', '\u001f', '\u00a0', '\u3000', '\u2028']) {
      expect(kindOf(`LOAD${space}CSV FROM 'x' AS l RETURN l`)).toBe('refused');
    }
  });

  it('should drop comments, so a keyword in a remark is not refused and one split by a comment is', () => {
    expect(kindOf('MATCH (n) // LOAD CSV later\nRETURN n')).toBe('ok');
    expect(kindOf("LOAD/* */CSV FROM 'x' AS l RETURN l")).toBe('refused');
  });

  it('should not refuse a keyword that only appears inside a string or a backticked name', () => {
    expect(kindOf("RETURN 'LOAD CSV; CREATE' AS text")).toBe('ok');
    expect(kindOf('MATCH (n:`LOAD CSV`) RETURN n')).toBe('ok');
  });

  it('should refuse a second statement, even after exotic whitespace', () => {
    expect(kindOf('MATCH (n) RETURN n;\u001fMATCH (m) RETURN m')).toBe('refused');
    expect(kindOf('MATCH (n) RETURN n;')).toBe('ok');
  });

  it('should refuse USE wherever it starts a clause', () => {
    expect(kindOf('USE system SHOW USERS')).toBe('refused');
    expect(kindOf('CALL {USE system MATCH (n) RETURN n} RETURN n')).toBe('refused');
    expect(kindOf('MATCH (house:Place) RETURN house')).toBe('ok');
  });

  it('should say a string, name or comment that never ends is invalid', () => {
    expect(kindOf("RETURN 'open")).toBe('invalid');
    expect(kindOf('RETURN `open')).toBe('invalid');
    expect(kindOf('RETURN 1 /* open')).toBe('invalid');
    expect(kindOf('  // only a comment')).toBe('invalid');
  });

  it('should count nesting depth and tokens, and refuse what is too large to plan', () => {
    expect(codeView('RETURN [[[1]]]').depth).toBe(3);
    expect(codeView('RETURN a.name + 12').tokens).toBe(6);
    expect(kindOf(`RETURN ${'['.repeat(60)}${']'.repeat(60)}`)).toBe('too-large');
    expect(kindOf(`RETURN ${Array.from({ length: 3000 }, () => '1').join('+')}`)).toBe('too-large');
    expect(kindOf(`RETURN '${'x'.repeat(25_000)}'`)).toBe('too-large');
  });
});
