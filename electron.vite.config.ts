import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { precompress } from './scripts/vite-precompress'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          // The Electron shell, the browser host and the report CLI share everything but their entry.
          index: resolve(__dirname, 'src/main/electron/index.ts'),
          host: resolve(__dirname, 'src/main/host/cli.ts'),
          'report-cli': resolve(__dirname, 'src/main/report-cli.ts'),
          'schema-cli': resolve(__dirname, 'src/main/schema-cli.ts'),
          'board-cli': resolve(__dirname, 'src/main/board-cli.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // Phones on school Wi-Fi load the participant page: send it small.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          participant: resolve(__dirname, 'src/renderer/participant.html')
        }
      }
    },
    // Precompressed copies for the participant server and the browser host to send.
    plugins: [react(), precompress()]
  }
})
