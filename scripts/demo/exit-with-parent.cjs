// Preloaded into the Prism process (`node --require`): its stdin is a pipe from the demo, which closes
// when the demo ends in any way, SIGKILL included, so Prism never outlives the process that started it.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
