import { benchPdf } from "./pdf";
import { benchEditor } from "./editor";
import { benchChecks } from "./checks";

/** `npm run bench`: the project's benchmarks, one after another. */
await benchChecks();
await benchPdf();
await benchEditor();
