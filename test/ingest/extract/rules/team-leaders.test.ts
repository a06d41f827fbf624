// Issue 15, recall by class: the leader a research team is named after, between the organization
// and 团队/课题组, is a person. Invented names.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';
import { teamLeaders } from '../../../../ingest/extract/rules/person-rules.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);

describe('teamLeaders', () => {
  it('should read the leader of a team named after them as a person, beside the organization', () => {
    expect(found('星河数据科技有限公司周明团队发布模型。')).toEqual(expect.arrayContaining(['星河数据科技有限公司/Organization', '周明/Person']));
    expect(teamLeaders('云州大学林晓峰教授课题组发表论文。').map((c) => c.text)).toEqual(['林晓峰']);
  });

  it('should not read a unit of the organization as a person', () => {
    expect(teamLeaders('云州大学研发团队和物理所团队。')).toEqual([]);
  });
});
