/**
 * Tab-to-tab notices over `BroadcastChannel`: a tab that stored something tells the others,
 * which reload what they show. Messages carry ids only, never document content.
 */

/** Channel name. Do not change without considering tabs running an older build. */
export const CHANNEL_NAME = 'fivefold';

/** What happened in another tab. */
export type ChannelMessage =
	/** Documents were created, changed, renamed or deleted. */
	| { type: 'docs-changed'; ids: string[] }
	/** The whole workspace changed (import, start empty). */
	| { type: 'workspace-replaced' }
	/** Workspace settings changed. */
	| { type: 'settings-changed' };

/** A subscription to the channel; falls back to a no-op where BroadcastChannel is missing. */
export class TabChannel {
	readonly #channel: BroadcastChannel | null;

	constructor() {
		this.#channel =
			typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
	}

	/** Tell the other tabs. */
	post(message: ChannelMessage): void {
		try {
			this.#channel?.postMessage(message);
		} catch {
			// A closed channel: nobody to tell.
		}
	}

	/** Listen to the other tabs; returns an unsubscribe function. */
	listen(handler: (message: ChannelMessage) => void): () => void {
		const channel = this.#channel;
		if (!channel) return () => {};
		const onMessage = (event: MessageEvent) => {
			const data = event.data as Partial<ChannelMessage> | null;
			if (data && typeof data === 'object' && typeof data.type === 'string')
				handler(data as ChannelMessage);
		};
		channel.addEventListener('message', onMessage);
		return () => channel.removeEventListener('message', onMessage);
	}

	/** Close the channel. */
	close(): void {
		this.#channel?.close();
	}
}
