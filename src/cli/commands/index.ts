// The commands of ml-skills, in the order the help lists them.
import type { Command } from '../command.js';
import { commandHelp } from '../command.js';
import { styleFor } from '../io.js';
import { summary } from './summary.js';
import { skills } from './skills.js';
import { tools } from './tools.js';
import { domains } from './domains.js';
import { prereqs } from './prereqs.js';
import { path } from './path.js';
import { search } from './search.js';
import { show } from './show.js';
import { validate } from './validate.js';
import { exportCommand } from './export.js';
import { diff } from './diff.js';
import { jd } from './jd.js';
import { extract } from './extract.js';
import { version } from './version.js';
import { help } from './help.js';

/** Every command; `help` is built with the list it describes. */
export function commands(style = styleFor(false, {})): readonly Command[] {
  const list: Command[] = [skills, tools, domains, prereqs, path, search, show, jd, extract, validate, exportCommand, diff, summary, version];
  list.push(help(() => list, (c) => commandHelp(c, style)));
  return list;
}
