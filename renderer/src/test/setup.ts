import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default: on a loaded 2-core machine (two test workers, or other work) a lazy
// panel or a dialog can take several seconds to appear. Waiting longer changes no result, only how long a real failure takes to report.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});

// MUI's useMediaQuery (dark mode) needs matchMedia, which jsdom lacks: the tests run in light mode.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as always present; jsdom has none
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- MediaQueryList still has it; the stub is complete
    addListener: () => undefined,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

// jsdom has no layout, and @tanstack/react-virtual sizes its window from the scroll element's
// clientWidth/clientHeight: give every element a laptop-sized box so the list renders rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 720 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as always present; jsdom has none
if (!HTMLElement.prototype.scrollTo) {
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
  };
}
