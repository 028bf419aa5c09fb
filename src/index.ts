// The action's entry point: GitHub runs dist/index.js, which only starts the adapter.
import { run } from "./main.js";

await run();
