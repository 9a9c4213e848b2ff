// The browser app: index.html is the viewer, bare.html a plain sigma page used as the benchmark baseline.
import { resolve } from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  root: __dirname,
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { index: resolve(__dirname, "index.html"), bare: resolve(__dirname, "bare.html") },
      // zod's sources carry /* @__PURE__ */ comments in places Rollup ignores; harmless, and noisy.
      onwarn(warning, warn) {
        if (warning.code !== "INVALID_ANNOTATION") warn(warning);
      },
    },
  },
});
