import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'`: the test serves the built app from a folder of its own.
export default defineConfig({ plugins: [svelte()], base: './' });
