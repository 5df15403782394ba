import { benchPdf } from "./pdf";

/** `npm run bench`: the project's benchmarks, one after another. */
await benchPdf();
