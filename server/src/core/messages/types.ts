/** Shapes of the message tables. Each rule category keeps its strings in messages/<category>.ts. */
export interface Text { zh: string; en: string }
/** Hover and documentation text of a rule. `source` cites the standard or says house style. */
export interface RuleText { title: Text; explanation: Text; good: string[]; bad: string[] }
export interface CategoryMessages { messages: Record<string, Text>; rules: Record<string, RuleText> }
