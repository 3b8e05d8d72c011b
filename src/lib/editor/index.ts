/** ProseMirror setup for Fivefold: controller, keymap, input rules, toolbar commands, links. */
export { EditorController } from './controller';
export type { EditorOptions } from './controller';
export { buildKeymap, SHORTCUTS, formatShortcut, IS_MAC } from './keymap';
export { buildInputRules } from './input-rules';
export { buildToolbar, markActive, blockActive } from './commands';
export type { ToolbarItem } from './commands';
export { linkAt, setLink, removeLink, hrefProblem } from './link';
export { placeholder } from './placeholder';
export { markdownTextParser, plainTextSlice } from './clipboard';
