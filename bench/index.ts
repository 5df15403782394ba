import { benchPdf } from "./pdf";
import { benchEditor } from "./editor";
import { benchPublicPage } from "./public-page";
import { benchChecks } from "./checks";
import { benchScale } from "./scale";
import { benchRollUp } from "./rollup";

/** `npm run bench`: the project's benchmarks, one after another; `npm run bench -- scale` the scale benchmark alone. */
const [which, ...rest] = process.argv.slice(2);
if (which === "scale") {
  await benchScale(rest);
} else if (which === "rollup") {
  await benchRollUp();
} else {
  await benchChecks();
  await benchPdf();
  await benchEditor();
  // The editor bench has built the app; the public page reuses that build.
  process.env.BENCH_SKIP_BUILD = "1";
  await benchPublicPage();
}
