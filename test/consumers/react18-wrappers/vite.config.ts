import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'`: the test serves the built app from a folder of its own.
export default defineConfig({ plugins: [react()], base: './' });
