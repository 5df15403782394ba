import { benchPdf } from "./pdf";
import { benchEditor } from "./editor";
import { benchPublicPage } from "./public-page";
import { benchChecks } from "./checks";
import { benchScale } from "./scale";
import { benchLoad } from "./load";
import { benchRollUp } from "./rollup";

/** `npm run bench`: the project's benchmarks, one after another; `npm run bench -- scale` the scale benchmark alone, `npm run bench -- load` the load benchmark alone, `npm run bench -- pdf` the PDF one alone, `npm run bench -- rollup` the roll-up and its export, `npm run bench -- editor` the editor's keystrokes. */
const [which, ...rest] = process.argv.slice(2);
if (which === "scale") {
  await benchScale(rest);
} else if (which === "load") {
  await benchLoad();
} else if (which === "pdf") {
  await benchPdf();
} else if (which === "rollup") {
  await benchRollUp();
} else if (which === "editor") {
  await benchEditor();
} else {
  await benchChecks();
  await benchPdf();
  await benchEditor();
  // The editor bench has built the app; the public page reuses that build.
  process.env.BENCH_SKIP_BUILD = "1";
  await benchPublicPage();
}
