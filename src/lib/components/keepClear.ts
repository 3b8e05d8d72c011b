/**
 * A Svelte action for a bar stuck to the bottom of the page: while it is there, the page keeps
 * its height clear when it scrolls a focused control or a scrolled-to finding into view
 * (`scroll-padding-bottom`), so the bar never hides what the keyboard is on (WCAG 2.4.11).
 */
export function keepClear(node: HTMLElement): { destroy(): void } {
	const root = document.documentElement;
	const set = () => root.style.setProperty('scroll-padding-bottom', `${node.offsetHeight + 16}px`);
	const observer = new ResizeObserver(set);
	observer.observe(node);
	set();
	return {
		destroy() {
			observer.disconnect();
			root.style.removeProperty('scroll-padding-bottom');
		}
	};
}
