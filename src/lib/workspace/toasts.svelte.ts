/**
 * Short-lived messages ("Deleted “Slot capacity”" with Undo, "Copied"), announced politely.
 */

/** One message; `action` adds a button (e.g. Undo). */
export interface Toast {
	id: number;
	message: string;
	tone: 'info' | 'success' | 'error';
	action?: { label: string; run: () => void };
}

/** Options for `Toasts.show`. */
export interface ToastOptions {
	tone?: Toast['tone'];
	action?: Toast['action'];
	/** How long it stays, in ms (default 6000; 10000 with an action). */
	timeout?: number;
}

/** The toast queue. Newest last. */
export class Toasts {
	items = $state<Toast[]>([]);
	#next = 1;
	// Timers are bookkeeping, never rendered: a plain Map on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#timers = new Map<number, ReturnType<typeof setTimeout>>();

	/** Show a message; returns its id. */
	show(message: string, options: ToastOptions = {}): number {
		const id = this.#next++;
		this.items = [
			...this.items.slice(-3),
			{ id, message, tone: options.tone ?? 'info', action: options.action }
		];
		const timeout = options.timeout ?? (options.action ? 10_000 : 6_000);
		this.#timers.set(
			id,
			setTimeout(() => this.dismiss(id), timeout)
		);
		return id;
	}

	/** Remove a message. */
	dismiss(id: number): void {
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
		this.items = this.items.filter((t) => t.id !== id);
	}

	/** Run a message's action, then remove it. */
	act(id: number): void {
		const toast = this.items.find((t) => t.id === id);
		this.dismiss(id);
		toast?.action?.run();
	}
}
