// Registers every ally-widgets element. This is the npm package's main entry and the input of the
// self-contained script-tag bundle.
import './components/tips/ally-tips.js';
// Also registered by ally-resources.js; imported here too so that a tool that follows an app's imports
// only two modules deep into a package (lit-analyzer's default) finds every tag this entry registers.
import './components/resources/ally-resource.js';
import './components/resources/ally-resources.js';
import './components/crisis/ally-crisis.js';
import './components/guide/ally-guide.js';

export * from './index.js';
