// Registers <ally-guide> (and the elements it is built from). Import ./guide.js for the class alone.
import { define } from '../../internal/define.js';
import { AllyGuide } from './guide.js';
// The guide renders these elements, so they must be registered with it.
import '../crisis/ally-crisis.js';
import '../tips/ally-tips.js';
import '../resources/ally-resources.js';
import '../resources/ally-resource.js'; // registered by ally-resources.js: listed for tools, see ../../ally-widgets.ts

define('ally-guide', AllyGuide);

export { AllyGuide };

declare global {
  interface HTMLElementTagNameMap {
    'ally-guide': AllyGuide;
  }
}
