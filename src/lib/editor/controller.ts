/**
 * The editor controller: a plain class that owns one ProseMirror `EditorView`. The Svelte
 * component only creates it in an `$effect` and destroys it; everything else (commands,
 * editability, swapping content, extra plugins) goes through here.
 */
import { baseKeymap } from 'prosemirror-commands';
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node, Schema } from 'prosemirror-model';
import { EditorState, type Command, type Plugin, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { markdownTextParser } from './clipboard';
import { buildInputRules } from './input-rules';
import { buildKeymap } from './keymap';
import { highlightPlugin } from './highlight';
import { placeholder } from './placeholder';
import { tableEditing } from './tables';
import { ListItemView } from './tasks';

/** How to build the editor. */
export interface EditorOptions {
	schema: Schema;
	/** The starting document (already validated). */
	doc: Node;
	editable?: boolean;
	/** Accessible name of the textbox. */
	label?: string;
	/** Shown in an empty document. */
	placeholder?: string;
	/** Reads pasted plain text as Markdown; without it, pasted text stays plain. */
	parseMarkdown?: (markdown: string) => Node | null;
	/** Extra plugins (checker decorations, comments…), after the built-in ones. */
	plugins?: Plugin[];
	/**
	 * After every transaction that changed the document, with every transaction applied: the
	 * dispatched one and those plugins appended (`appendTransaction`), in order; together their
	 * steps lead from the previous document to `doc`.
	 */
	onDocChange?: (doc: Node, transactions: readonly Transaction[]) => void;
	/** After every state update (selection too): toolbars re-read their state here. */
	onState?: (state: EditorState) => void;
	/** Mod-K was pressed: open the link dialog. */
	onLinkRequest?: () => void;
	/** Mod-S was pressed. */
	onSaveRequest?: () => void;
}

/** Owns an `EditorView`; create in the browser only. */
export class EditorController {
	readonly view: EditorView;
	readonly #opts: EditorOptions;
	readonly #base: Plugin[];
	#editable: boolean;
	#extra: Plugin[];

	/** Mount a view into `mount`. */
	constructor(mount: HTMLElement, opts: EditorOptions) {
		this.#opts = opts;
		this.#editable = opts.editable ?? true;
		this.#extra = opts.plugins ?? [];
		this.#base = this.#basePlugins();
		this.view = new EditorView(mount, {
			state: this.#createState(opts.doc),
			editable: () => this.#editable,
			attributes: () => ({
				role: 'textbox',
				'aria-multiline': 'true',
				'aria-label': opts.label ?? 'Document body',
				'aria-readonly': this.#editable ? 'false' : 'true',
				spellcheck: 'true',
				class: 'prose'
			}),
			clipboardTextParser: opts.parseMarkdown
				? markdownTextParser(opts.schema, opts.parseMarkdown)
				: undefined,
			nodeViews: {
				list_item: (node, view, getPos) => new ListItemView(node, view, getPos)
			},
			dispatchTransaction: (tr) => this.#dispatch(tr)
		});
	}

	#plugins(): Plugin[] {
		return [...this.#base, ...this.#extra];
	}

	#basePlugins(): Plugin[] {
		const { schema } = this.#opts;
		const own: Record<string, Command> = {
			'Mod-k': () => {
				this.#opts.onLinkRequest?.();
				return Boolean(this.#opts.onLinkRequest);
			},
			'Mod-s': () => {
				this.#opts.onSaveRequest?.();
				return true;
			}
		};
		return [
			buildInputRules(schema),
			keymap(own),
			keymap(buildKeymap(schema)),
			keymap(baseKeymap),
			history(),
			tableEditing(),
			placeholder(this.#opts.placeholder ?? 'Start writing…'),
			// Evidence links land on a sentence: `highlightSentence` marks it.
			highlightPlugin()
		];
	}

	#createState(doc: Node): EditorState {
		return EditorState.create({ doc, plugins: this.#plugins() });
	}

	#dispatch(tr: Transaction): void {
		const { state, transactions } = this.view.state.applyTransaction(tr);
		this.view.updateState(state);
		if (transactions.some((t) => t.docChanged)) this.#opts.onDocChange?.(state.doc, transactions);
		this.#opts.onState?.(state);
	}

	/** The current document. */
	get doc(): Node {
		return this.view.state.doc;
	}

	/** The current state. */
	get state(): EditorState {
		return this.view.state;
	}

	/** Whether the user may edit. */
	get editable(): boolean {
		return this.#editable;
	}

	/** Allow or forbid editing (read-only when another tab holds the document). */
	setEditable(editable: boolean): void {
		this.#editable = editable;
		this.view.setProps({});
		this.#opts.onState?.(this.view.state);
	}

	/** Replace the whole document (history starts afresh); does not count as an edit. */
	replaceDoc(doc: Node): void {
		this.view.updateState(this.#createState(doc));
		this.#opts.onState?.(this.view.state);
	}

	/** Add plugins (e.g. the checker's) after creation, keeping the document and history. */
	addPlugins(plugins: Plugin[]): void {
		this.#extra = [...this.#extra, ...plugins];
		this.view.updateState(this.view.state.reconfigure({ plugins: this.#plugins() }));
	}

	/** Remove plugins added earlier. */
	removePlugins(plugins: Plugin[]): void {
		this.#extra = this.#extra.filter((p) => !plugins.includes(p));
		this.view.updateState(this.view.state.reconfigure({ plugins: this.#plugins() }));
	}

	/** Run a command against the view and give focus back to the text. */
	run(command: Command): boolean {
		const done = command(this.view.state, this.view.dispatch, this.view);
		this.view.focus();
		return done;
	}

	/** Whether a command could run now. */
	can(command: Command): boolean {
		return this.#editable && command(this.view.state, undefined, this.view);
	}

	/** Focus the text. */
	focus(): void {
		this.view.focus();
	}

	/** Tear the view down. */
	destroy(): void {
		this.view.destroy();
	}
}
