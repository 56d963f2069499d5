// Registers <ally-resources>. Import this file for the element; import ./resources.js for the class alone.
import { define } from '../../internal/define.js';
import { AllyResources } from './resources.js';
import './ally-resource.js'; // <ally-resources> reads <ally-resource> children

define('ally-resources', AllyResources);

export { AllyResources };

declare global {
  interface HTMLElementTagNameMap {
    'ally-resources': AllyResources;
  }
}
