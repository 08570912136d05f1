// The V8 heap of every Chaman process, as production runs it (also in the Dockerfile): the live heap is 45–70 MB
// and ~70 MB of the resident set is code and native memory, so a bounded heap keeps a process under 200 MB
// (bench/results/2026-12-02-0200-under-load.md, "Memory"). Without a bound V8 sizes the heap from the host's RAM and collects lazily.
export const PROCESS_NODE_OPTIONS = '--max-old-space-size=96 --max-semi-space-size=8';
