// Registers every ally-widgets element. This is the npm package's main entry and the input of the
// self-contained script-tag bundle.
import './components/tips/ally-tips.js';
import './components/resources/ally-resources.js';

export * from './index.js';
