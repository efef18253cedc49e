/** Gives the shared FigureNode its React view; called once at renderer start-up. */
import { registerDecoratorView } from '../../../../shared/nodes/decorator-views';
import { FIGURE_NODE_TYPE } from '../../../../shared/nodes/figure-node';
import { FigureView } from './FigureView';

export function registerFigureView(): void {
  registerDecoratorView(FIGURE_NODE_TYPE, (props) => <FigureView {...props} />);
}
