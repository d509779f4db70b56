import { Checklist } from './Checklist';
import { Cite } from './Cite';
import { Evidence } from './Evidence';
import { Fig } from './Fig';
import { Recap } from './Recap';
import { Scenario } from './Scenario';

/**
 * The teaching blocks that render on the server alone and send no script to the browser. A page without
 * interaction (the educator's guide) takes its blocks from here, never from `teachingBlocks`: importing that
 * registry would load the client code of every interactive block.
 */
export const staticBlocks = {
  Scenario,
  Evidence,
  Recap,
  Fig,
  Cite,
  Checklist,
};
