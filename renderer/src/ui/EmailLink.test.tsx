import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmailLink } from './EmailLink';

const address = 'alexandra.konstantinopolskaya-vasilyeva@partner-solutions.contoso.example';

describe('EmailLink', () => {
  it('is a mailto link named by the whole address, with the whole address on hover', () => {
    render(<EmailLink email={address} />);
    const link = screen.getByRole('link', { name: address });
    expect(link.getAttribute('href')).toBe(`mailto:${address}`);
    expect(link.getAttribute('title')).toBe(address);
  });

  it('can wrap only after the "@": the name and the domain are each kept on one line, cut with "…" if too long', () => {
    render(<EmailLink email={address} />);
    const link = screen.getByRole('link', { name: address });
    const parts = [...link.querySelectorAll('span')];
    expect(parts.map((p) => p.textContent)).toEqual(['alexandra.konstantinopolskaya-vasilyeva@', 'partner-solutions.contoso.example']);
    for (const p of parts) {
      const style = getComputedStyle(p);
      expect(style.whiteSpace).toBe('nowrap');
      expect(style.textOverflow).toBe('ellipsis');
      expect(style.overflow).toBe('hidden');
    }
    // The one place a line may break: between the two parts.
    expect(parts[0]?.nextSibling?.nodeName).toBe('WBR');
  });
});
