// Registers every ally-widgets element. This is the npm package's main entry and the input of the
// self-contained script-tag bundle.
import './components/tips/ally-tips.js';
import './components/resources/ally-resources.js';
import './components/crisis/ally-crisis.js';
import './components/guide/ally-guide.js';

export * from './index.js';
