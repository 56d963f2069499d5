// Registers <ally-resource>: one of the organization's own resources, written inside <ally-resources>.
import { define } from '../../internal/define.js';
import { AllyResource } from './resource.js';

define('ally-resource', AllyResource);

export { AllyResource };

declare global {
  interface HTMLElementTagNameMap {
    'ally-resource': AllyResource;
  }
}
