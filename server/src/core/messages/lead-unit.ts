/** Messages of the lead-unit/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {},
  rules: {},
};
export default messages;
