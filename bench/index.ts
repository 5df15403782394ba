import { benchPdf } from "./pdf";
import { benchEditor } from "./editor";

/** `npm run bench`: the project's benchmarks, one after another. */
await benchPdf();
await benchEditor();
