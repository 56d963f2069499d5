// Registers <ally-tips>. Import this file for the element; import ./tips.js for the class alone.
import { define } from '../../internal/define.js';
import { AllyTips } from './tips.js';

define('ally-tips', AllyTips);

export { AllyTips };

declare global {
  interface HTMLElementTagNameMap {
    'ally-tips': AllyTips;
  }
}
