import { benchPdf } from "./pdf";
import { benchEditor } from "./editor";
import { benchPublicPage } from "./public-page";
import { benchChecks } from "./checks";

/** `npm run bench`: the project's benchmarks, one after another. */
await benchChecks();
await benchPdf();
await benchEditor();
// The editor bench has built the app; the public page reuses that build.
process.env.BENCH_SKIP_BUILD = "1";
await benchPublicPage();
