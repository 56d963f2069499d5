// dist/embed/fit-iframes.js: a classic script for host pages, so it runs where module scripts are not allowed.
import { fitIframes } from './fit-iframes.js';

fitIframes();
