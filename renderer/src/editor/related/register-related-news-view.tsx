/** Gives the shared RelatedNewsNode its React view (shared/ has no React); called once at renderer start-up. */
import { registerDecoratorView } from '../../../../shared/nodes/decorator-views';
import { RELATED_NEWS_TYPE } from '../../../../shared/nodes/related-news-node';
import { RelatedNewsView } from './RelatedNewsView';

export function registerRelatedNewsView(): void {
  registerDecoratorView(RELATED_NEWS_TYPE, (props) => <RelatedNewsView {...props} />);
}
