// Layout controls over the canvas: run ForceAtlas2 until stopped (then no-overlap), stop it, and
// a hint that dragging a node pins it. The app does the work; this only draws the buttons and
// shows whether a layout is running.
import { el } from './dom.ts';

export interface LayoutActions {
  run(): void;
  stop(): void;
  unpin(): void;
}

export class LayoutControls {
  private readonly runButton = el('button', { attrs: { id: 'layout-run', type: 'button', title: 'ForceAtlas2' }, text: '▶ 布局 Run layout' });
  private readonly stopButton = el('button', { attrs: { id: 'layout-stop', type: 'button' }, text: '■ 停止 Stop' });
  private readonly unpinButton = el('button', { attrs: { id: 'layout-unpin', type: 'button' }, text: '解除固定 Unpin all' });

  constructor(root: HTMLElement, actions: LayoutActions) {
    this.runButton.addEventListener('click', () => actions.run());
    this.stopButton.addEventListener('click', () => actions.stop());
    this.unpinButton.addEventListener('click', () => actions.unpin());
    root.append(
      el('div', { class: 'layout-controls', attrs: { id: 'layout-controls', role: 'toolbar', 'aria-label': '布局 Layout' } }, [
        this.runButton,
        this.stopButton,
        this.unpinButton,
        el('span', { class: 'hint', text: '拖动节点可固定 Drag a node to pin it' }),
      ]),
    );
    this.setRunning(false);
  }

  setRunning(running: boolean): void {
    this.runButton.disabled = running;
    this.stopButton.disabled = !running;
  }
}
