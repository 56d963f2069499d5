// Registers <ally-crisis>. Import this file for the element; import ./crisis.js for the class alone.
import { define } from '../../internal/define.js';
import { AllyCrisis } from './crisis.js';

define('ally-crisis', AllyCrisis);

export { AllyCrisis };

declare global {
  interface HTMLElementTagNameMap {
    'ally-crisis': AllyCrisis;
  }
}
