import { generateJobDescription, renderJobDescription, type Taxonomy } from '../api.js';
import type { Command } from '../command.js';
import { summary, summaryText } from './summary.js';

const LEVEL = 'senior';
const DOMAIN = 'computer-vision';

/** Where to go from the default output. */
const nextSteps = (shown: string): string => `${'─'.repeat(100)}
That was \`ml-skills ${shown}\`. Try next:
  ml-skills jd --level staff --domain speech-recognition --format html --out jd.html
  ml-skills skills --level senior --only-new     what a senior engineer adds
  ml-skills prereqs computer-vision              what to learn before a domain, as a tree
  ml-skills path speech-recognition --known linear-algebra
  ml-skills search pytroch                       typo-tolerant search
  ml-skills summary                              what the taxonomy holds
  ml-skills --help                               every command`;

const canDescribe = (tax: Taxonomy): boolean => tax.careerLevels.some((l) => l.id === LEVEL) && tax.domains.some((d) => d.id === DOMAIN) && tax.roles.length > 0;

/**
 * What `ml-skills` with no command (and `npm start`) prints: a senior computer-vision job description, the
 * package's main job, then a pointer to the other commands. A taxonomy without those ids gets its summary instead.
 */
export const start: Command = {
  ...summary,
  name: 'start',
  async run(ctx) {
    const tax = await ctx.taxonomy();
    if (ctx.json) return summary.run(ctx);
    if (canDescribe(tax)) {
      const jd = generateJobDescription({ taxonomy: tax, level: LEVEL, domains: [DOMAIN] });
      ctx.io.stdout.write(renderJobDescription(jd, 'text'));
      ctx.print(`\n${nextSteps(`jd --level ${LEVEL} --domain ${DOMAIN} --format text`)}`);
    } else {
      ctx.print(summaryText(tax, ctx.style));
      ctx.print(`\n${nextSteps('summary')}`);
    }
    return 0;
  },
};
