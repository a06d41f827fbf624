// Pure: the undo stack of expansions. Each step remembers what one merge added so collapsing it
// removes exactly that and nothing the user had before.
import type { MergeResult } from '../graph/build.ts';

export interface ExpansionStep {
  anchor: string;
  added: MergeResult;
}

export class ExpansionHistory {
  private steps: ExpansionStep[] = [];

  push(step: ExpansionStep): void {
    if (step.added.nodes.length || step.added.edges.length) this.steps.push(step);
  }

  pop(): ExpansionStep | undefined {
    return this.steps.pop();
  }

  get size(): number {
    return this.steps.length;
  }

  clear(): void {
    this.steps = [];
  }
}
